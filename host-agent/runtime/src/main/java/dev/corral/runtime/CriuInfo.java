package dev.corral.runtime;

/**
 * What this host's CRIU can do, for the agent's host facts and a migration's precheck.
 *
 * @param version      e.g. "4.2.1"; null when criu cannot be run
 * @param supported    version at least 4.2 (older ones cannot dump inet sockets on kernels >= 6.16)
 * @param checkProblem null when `criu check` passes, else what it says
 * @param lazyPages    post-copy migration possible (userfaultfd, `criu check --feature uffd-noncoop`)
 * @param preDump      iterative pre-copy possible (soft-dirty tracking, {@code mem_dirty_track});
 *                     kernels built without MEM_SOFT_DIRTY lack it
 */
public record CriuInfo(String version, boolean supported, String checkProblem, boolean lazyPages, boolean preDump) {
}
