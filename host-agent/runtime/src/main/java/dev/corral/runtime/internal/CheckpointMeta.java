package dev.corral.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.corral.runtime.Limits;
import dev.corral.runtime.RuntimeError;

/**
 * corral-checkpoint.json, the first member of a checkpoint file: what it is and where it came
 * from. The source paths let a restore on another host rewrite runc's state for its own layout.
 */
public final class CheckpointMeta {

    public static final String FILE = "corral-checkpoint.json";
    public static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public int format = FORMAT;
    public String id;
    public String container;
    public String uuid;
    public String created;
    public String criuVersion;
    public String kernel;
    public boolean includesRootfs;
    public boolean tcpEstablished;
    public boolean leftRunning;
    public long frozenMillis;
    public long dumpMillis;
    /** The source host's container directory, cgroup path and netns path. */
    public String containerDir;
    public String cgroupsPath;
    public String netnsPath;
    /** The limits in force when dumped: what CRIU puts back on the cgroups it re-creates. */
    public Limits limits;

    public String toJson() {
        return GSON.toJson(this);
    }

    public static CheckpointMeta parse(String json, String what) {
        CheckpointMeta m;
        try {
            m = GSON.fromJson(json, CheckpointMeta.class);
        } catch (RuntimeException e) {
            throw RuntimeError.invalid(what + " is not a Corral checkpoint: " + e.getMessage());
        }
        if (m == null || m.id == null || m.container == null || m.uuid == null) {
            throw RuntimeError.invalid(what + " is not a Corral checkpoint");
        }
        if (m.format != FORMAT) {
            throw RuntimeError.invalid(what + " has checkpoint format " + m.format + ", this runtime reads " + FORMAT);
        }
        return m;
    }
}
