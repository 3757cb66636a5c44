package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.exception.CxoneException;
import java.util.List;
import java.util.Objects;

/**
 * A three-way merge found that this update and another writer changed the same field of a dashboard
 * to different values since the version this update started from; nothing was written. Read the
 * dashboard again, decide, and retry. {@link #paths()} names every conflicting field, such as
 * {@code refreshInterval} or {@code widgets[2].layout}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class DashboardMergeConflictException extends CxoneException {
    private static final long serialVersionUID = 1L;
    /** At most this many paths are spelled out in the message; {@link #paths()} has them all. */
    private static final int PATHS_IN_MESSAGE = 20;

    /** Every conflicting path. */
    private final List<String> paths;

    /**
     * Creates the exception.
     *
     * @param dashboardId the dashboard's id
     * @param paths every conflicting path; not empty
     * @throws IllegalArgumentException if {@code paths} is empty
     */
    public DashboardMergeConflictException(String dashboardId, List<String> paths) {
        super(message(dashboardId, paths));
        this.paths = List.copyOf(paths);
    }

    private static String message(String dashboardId, List<String> paths) {
        Objects.requireNonNull(paths, "paths == null");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("paths is empty");
        }
        String listed = String.join(", ", paths.subList(0, Math.min(paths.size(), PATHS_IN_MESSAGE)))
                + (paths.size() > PATHS_IN_MESSAGE ? ", ... (" + paths.size() + " in all)" : "");
        return "dashboard " + dashboardId + " was changed concurrently in the same place(s) as this update, "
                + "to different values: " + listed;
    }

    /**
     * Returns the paths both sides changed differently.
     *
     * @return the paths, in document order, never empty
     */
    public List<String> paths() {
        return paths;
    }
}
