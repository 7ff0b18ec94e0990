package io.statedesk.ui.search;

/** What the key table's search field looks for. */
public enum SearchMode {
    KEYS("Key contains", "Filter the loaded keys by any part of the key; Enter finds an exact key"),
    VALUE_TEXT("Value contains", "Text in values: Enter searches the table"),
    JSON_QUERY("JSON query", "JMESPath, e.g. status == 'pending' (Enter)");

    private final String label;
    private final String prompt;

    SearchMode(String label, String prompt) {
        this.label = label;
        this.prompt = prompt;
    }

    public String prompt() {
        return prompt;
    }

    /** True when the search reads values (a scan of the table), not the keys already loaded. */
    public boolean readsValues() {
        return this != KEYS;
    }

    @Override
    public String toString() {
        return label;
    }
}
