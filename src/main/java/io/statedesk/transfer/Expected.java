package io.statedesk.transfer;

/** What the target held for a key when the user looked (a comparison, an export): the check of an ETag-checked write. */
public sealed interface Expected {

    /** Nothing was looked at: an ETag-checked write cannot be made. */
    record Unknown() implements Expected {
    }

    /** The key was absent: it is created only while it still is. */
    record Absent() implements Expected {
    }

    /** The item had this ETag: it is replaced only while it still has it. */
    record Etag(String etag) implements Expected {
        public Etag {
            if (etag == null || etag.isEmpty()) {
                throw new IllegalArgumentException("an expected ETag cannot be empty");
            }
        }
    }

    static Expected unknown() {
        return new Unknown();
    }

    static Expected absent() {
        return new Absent();
    }

    /** An ETag as read (null or "" when the item had none: then only an absent key is a match). */
    static Expected etagOrUnknown(String etag) {
        return etag == null || etag.isEmpty() ? new Unknown() : new Etag(etag);
    }
}
