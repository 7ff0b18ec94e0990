package io.statedesk.component.form;

import io.statedesk.component.model.Truthy;
import io.statedesk.component.yaml.ItemValue;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateKey;

/**
 * The live example under the key prefix field: what daprd stores for an app's key with the form's keyPrefix,
 * computed by the engine's own {@link StateKey#storedKey}.
 *
 * @param storedKey   the attribute value daprd writes, or "" when it cannot be known
 * @param explanation how it is built, in one sentence
 * @param actorKey    the stored key of actor state (which ignores keyPrefix), or "" when not an actor store
 */
public record StoredKeyExample(String storedKey, String explanation, String actorKey) {

    public static StoredKeyExample of(FormState s, String appId, String key) {
        ItemValue source = s.value(FormField.KEY_PREFIX);
        if (source instanceof ItemValue.SecretRef || source instanceof ItemValue.EnvRef) {
            return new StoredKeyExample("", "The prefix comes from a reference, so the stored key depends on its"
                    + " value.", "");
        }
        String text = s.text(FormField.KEY_PREFIX);
        if (text.contains(KeyPrefix.SEPARATOR)) {
            return new StoredKeyExample("", "daprd refuses a keyPrefix containing ||.", "");
        }
        // As daprd reads it: no item is appid, an item with an empty value an empty custom prefix.
        KeyPrefix prefix = KeyPrefix.fromDaprd(source instanceof ItemValue.Plain ? text : null);
        String stored;
        try {
            stored = StateKey.storedKey(prefix, appId, s.name(), s.namespace(), key);
        } catch (IllegalArgumentException e) {
            return new StoredKeyExample("", e.getMessage(), "");
        }
        String explanation = switch (prefix.strategy()) {
            case APPID -> text.isEmpty() ? "Default (appid): the app id, ||, then the key."
                    : "appid: the app id, ||, then the key.";
            case NAME -> "name: the component name, ||, then the key; every app shares the keys.";
            case NAMESPACE -> "namespace: daprd's NAMESPACE, a dot, the app id, ||, then the key"
                    + (s.namespace().isEmpty() ? "; without NAMESPACE daprd falls back to the app id." : ".");
            case NONE -> "none: the key exactly as the app sends it; every app shares the keys.";
            case CUSTOM -> text.isEmpty()
                    ? "An empty keyPrefix is not the default for daprd: it stores ||, then the key, and every app"
                    + " shares the keys. Remove the item for the default (appid)."
                    : "Custom prefix, lower-cased by daprd, ||, then the key; every app shares the keys.";
        };
        boolean actors = Truthy.isTruthy(s.text(FormField.ACTOR_STATE_STORE));
        String actorKey = actors && !appId.isEmpty() && !key.contains(KeyPrefix.SEPARATOR)
                ? StateKey.actorKey(appId, "MyActor", "1", key) : "";
        return new StoredKeyExample(stored, explanation, actorKey);
    }
}
