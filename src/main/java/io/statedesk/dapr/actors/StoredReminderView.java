package io.statedesk.dapr.actors;

/**
 * One reminder as an older daprd kept it in the state store.
 *
 * @param actorType      the actor type
 * @param actorId        the actor id
 * @param name           the reminder's name
 * @param dueTime        the due time as the app gave it
 * @param period         the period as daprd stored it ("" for a one-shot reminder)
 * @param registeredTime when it was registered (RFC 3339), or ""
 * @param expirationTime when it stops (RFC 3339), or ""
 * @param data           the reminder's data as text (JSON, or base64 of bytes), or ""
 */
public record StoredReminderView(String actorType, String actorId, String name, String dueTime, String period,
                                 String registeredTime, String expirationTime, String data) {
}
