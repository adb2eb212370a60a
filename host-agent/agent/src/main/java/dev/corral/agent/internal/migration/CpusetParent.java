package dev.corral.agent.internal.migration;

import dev.corral.runtime.ContainerRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cgroup v1 cpuset: a restore on a host where no container has started yet fails ("Failed writing
 * 0-1 to cpuset//corral-…/NAME/cpuset.cpus: Permission denied"): CRIU creates the agent's parent
 * cgroup with empty cpus and mems, which a child cannot be given. runc fills them at a start; a
 * restore needs them filled first, from the root's.
 */
final class CpusetParent {

    private static final Logger LOG = LoggerFactory.getLogger(CpusetParent.class);
    private static final Path ROOT = Path.of("/sys/fs/cgroup/cpuset");

    private CpusetParent() {
    }

    static void ensure(ContainerRuntime rt) {
        if (!Files.isRegularFile(ROOT.resolve("cpuset.cpus"))) {
            return;
        }
        Path parent = ROOT;
        try {
            for (String part : rt.config().cgroupParent().split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                Path child = parent.resolve(part);
                Files.createDirectories(child);
                for (String f : new String[] {"cpuset.cpus", "cpuset.mems"}) {
                    if (Files.readString(child.resolve(f)).isBlank()) {
                        Files.writeString(child.resolve(f), Files.readString(parent.resolve(f)).strip());
                    }
                }
                parent = child;
            }
        } catch (IOException e) {
            LOG.warn("cannot prepare the cpuset cgroup {}: {}", parent, e.toString());
        }
    }
}
