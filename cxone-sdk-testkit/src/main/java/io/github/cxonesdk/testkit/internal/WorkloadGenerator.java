package io.github.cxonesdk.testkit.internal;

import io.github.cxonesdk.testkit.internal.stream.EventHub;
import io.github.cxonesdk.testkit.internal.stream.PresenceHub;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded, deterministic contact-center workload: {@code interaction.completed} events with
 * log-normal handle times and mixed exponential wait times, event times that advance about 1.5 s
 * per event (so a few thousand events span hours) with some late arrivals, and presence changes.
 * The same seed emits the same events in the same order. Thread-safe.
 */
public final class WorkloadGenerator implements AutoCloseable {
    /** Rates at or above this value run at full speed, paced only by the sockets. */
    public static final int FULL_SPEED = 1_000_000;
    static final List<String> AGENTS = IntStream.rangeClosed(1, 40).mapToObj(i -> "u" + i).toList();
    private static final String[] AGENT_IDS = AGENTS.toArray(new String[0]);
    private static final String[] CAMPAIGNS = {"camp_sales_q4", "camp_support", "camp_retention",
        "camp_outbound_b2b", "camp_collections", "camp_onboarding"};
    private static final String[] SKILLS = {"skill_premium_sales", "skill_premium_support", "skill_sales",
        "skill_support", "skill_billing", "skill_tech_tier1", "skill_tech_tier2", "skill_retention"};
    private static final String[] QUEUES = {"Sales", "Support", "Billing", "Retention", "Tech"};
    private static final String[] CHANNELS = {"voice", "voice", "voice", "voice", "chat", "chat", "email", "sms", "web", "voice"};
    private static final String[] TIERS = {"platinum", "gold", "gold", "silver", "silver", "silver", "bronze", "bronze", "bronze", "bronze"};
    private static final String[] WRAP_UPS = {"RESOLVED", "FOLLOW_UP", "ESCALATED", "NO_ANSWER"};
    private static final Instant EPOCH = Instant.parse("2026-05-20T08:00:00Z");

    private final EventHub events;
    private final PresenceHub presence;
    private final Clock clock;
    private final long seed;
    private final int recordLimit;
    private final double malformedRatio;
    private final Deque<String> recordedEvents = new ArrayDeque<>();
    private final Deque<String> recordedPresence = new ArrayDeque<>();
    private final String[] agentStatus = new String[AGENTS.size()];
    private final SplittableRandom random;
    private volatile long count;
    private long virtualMillis;
    private volatile int rate;
    private volatile Thread runner;

    public WorkloadGenerator(EventHub events, PresenceHub presence, Clock clock, long seed, int recordLimit,
                             double malformedRatio) {
        this.malformedRatio = malformedRatio;
        this.events = events;
        this.presence = presence;
        this.clock = clock;
        this.seed = seed;
        this.recordLimit = recordLimit;
        this.random = new SplittableRandom(seed);
        java.util.Arrays.fill(agentStatus, "Available");
    }

    /** Emits {@code n} events now, on the calling thread; returns them as sent. */
    public synchronized List<String> emit(int n) {
        List<String> sent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sent.add(emitOne());
        }
        return sent;
    }

    private String emitOne() {
        count++;
        virtualMillis += (long) (-Math.log(1 - random.nextDouble()) * 1_500);
        long late = random.nextInt(100) < 5 ? random.nextLong(600_000) : 0;
        Instant time = EPOCH.plusMillis(virtualMillis - late).truncatedTo(ChronoUnit.SECONDS);
        String channel = pick(CHANNELS);
        ObjectNode event = event(time, channel);
        if (malformedRatio > 0 && random.nextDouble() < malformedRatio) {
            malform(event);
        }
        String text = events.publish(event);
        record(recordedEvents, text);
        if (random.nextInt(2) == 0) {
            record(recordedPresence, presence.publish(presenceChange()));
        }
        return text;
    }

    private ObjectNode event(Instant time, String channel) {
        ObjectNode event = Json.object();
        event.put("eventId", "e-" + seed + "-" + count);
        event.put("sequence", 0L);
        event.put("type", "interaction.completed");
        event.put("timestamp", time.toString());
        event.put("channel", channel);
        ObjectNode payload = event.putObject("payload");
        payload.put("interactionId", "int-" + seed + "-" + count);
        payload.put("campaignId", pick(CAMPAIGNS));
        double factor = switch (channel) {
            case "chat" -> 1.4;
            case "email" -> 2.0;
            case "sms" -> 0.8;
            case "web" -> 0.9;
            default -> 1.0;
        };
        double handle = Math.exp(Math.log(240) + 0.5 * gaussian()) * factor;
        payload.put("handleTime", round(Math.min(3_600, Math.max(10, handle))));
        double waitMean = random.nextInt(10) < 7 ? 20 : 90;
        payload.put("waitTime", round(Math.min(1_800, -Math.log(1 - random.nextDouble()) * waitMean)));
        payload.put("completionTime", time.toString());
        payload.put("skillId", pick(SKILLS));
        ObjectNode customer = payload.putObject("customer");
        customer.put("tier", pick(TIERS));
        customer.put("ip", ip());
        payload.put("agentId", pick(AGENT_IDS));
        return event;
    }

    /** Breaks one of the rules of API.md "Interaction metrics" on purpose. */
    private void malform(ObjectNode event) {
        ObjectNode payload = (ObjectNode) event.get("payload");
        switch (random.nextInt(3)) {
            case 0 -> payload.remove("campaignId");
            case 1 -> payload.put("handleTime", "n/a");
            default -> {
                String local = event.get("timestamp").stringValue().replace("Z", "");
                event.put("timestamp", local);
                payload.put("completionTime", local);
            }
        }
    }

    private ObjectNode presenceChange() {
        int agent = random.nextInt(AGENTS.size());
        String next = switch (agentStatus[agent]) {
            case "Available" -> random.nextInt(10) < 8 ? "InCall" : "Break";
            case "InCall" -> "AfterCallWork";
            case "AfterCallWork" -> random.nextInt(10) < 9 ? "Available" : "Unavailable";
            default -> "Available";
        };
        agentStatus[agent] = next;
        ObjectNode update = Json.object();
        update.put("type", "presence.update");
        update.put("sequence", 0L);
        update.put("timestamp", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode payload = update.putObject("payload");
        payload.put("userId", AGENTS.get(agent));
        payload.put("status", next);
        payload.put("queueName", QUEUES[agent % QUEUES.length]);
        if ("AfterCallWork".equals(next)) {
            payload.put("wrapUpCode", pick(WRAP_UPS));
        } else {
            payload.putNull("wrapUpCode");
        }
        return update;
    }

    private String ip() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
        if (kind < 8) {
            return "192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(1 + random.nextInt(0xffff));
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void record(Deque<String> recorded, String text) {
        if (recordLimit == 0) {
            return;
        }
        synchronized (recorded) {
            if (recorded.size() >= recordLimit) {
                recorded.removeFirst();
            }
            recorded.addLast(text);
        }
    }

    /** Starts (or re-paces) the background emitter. */
    public synchronized void start(int eventsPerSecond) {
        rate = eventsPerSecond;
        if (runner == null) {
            Thread thread = new Thread(this::run, "cxone-sim-workload");
            thread.setDaemon(true);
            runner = thread;
            thread.start();
        }
    }

    public void stop() {
        Thread thread;
        synchronized (this) {
            thread = runner;
            runner = null;
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean running() {
        return runner != null;
    }

    private void run() {
        long started = System.nanoTime();
        long emitted = 0;
        int pacedRate = rate;
        while (runner == Thread.currentThread()) {
            int current = rate;
            if (current != pacedRate) {
                pacedRate = current;
                started = System.nanoTime();
                emitted = 0;
            }
            if (current >= FULL_SPEED) {
                emit(64);
                continue;
            }
            long due = (System.nanoTime() - started) * current / 1_000_000_000L;
            if (due > emitted) {
                int batch = (int) Math.min(due - emitted, 1_000);
                emit(batch);
                emitted += batch;
            } else {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
        }
    }

    public List<String> emitted() {
        synchronized (recordedEvents) {
            return List.copyOf(recordedEvents);
        }
    }

    public List<String> emittedPresence() {
        synchronized (recordedPresence) {
            return List.copyOf(recordedPresence);
        }
    }

    public long emittedCount() {
        return count;
    }

    /** Forgets the recorded messages (the generator's position and seed stay). */
    public void clearRecorded() {
        synchronized (recordedEvents) {
            recordedEvents.clear();
        }
        synchronized (recordedPresence) {
            recordedPresence.clear();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
