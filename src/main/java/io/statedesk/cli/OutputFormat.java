package io.statedesk.cli;

/** How a command prints: for people, for programs, or the value's bytes alone. */
enum OutputFormat {
    TEXT, JSON, RAW
}
