package io.github.cxonesdk.streaming.presence;

import java.util.Map;

/**
 * Receives a {@link PresenceCache}'s state: first a snapshot, then coalesced updates. Methods run
 * one at a time: {@link #onSnapshot} on the thread that subscribes, {@link #onUpdate} on the cache's
 * flush thread ({@code cxone-presence-N}, or the caller of {@link PresenceCache#flushDue()}).
 *
 * <p>Implementations must return quickly.
 */
public interface PresenceListener {
    /**
     * The state of every known user when the listener subscribed.
     *
     * @param users by user id; unmodifiable
     */
    void onSnapshot(Map<String, AgentPresence> users);

    /**
     * A user's state changed (at most once per user per coalescing window).
     *
     * @param presence the new state
     */
    void onUpdate(AgentPresence presence);
}
