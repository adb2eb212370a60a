package dev.corral.runtime.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.corral.runtime.RuntimeError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Makes runc know a container that CRIU restored without it. We restore with CRIU directly (runc's
 * path freezes 2-3 times longer), but exec goes through {@code runc exec}, which applies the
 * container's capabilities, seccomp filter, cgroups and environment exactly as at start. So the
 * runc state saved at checkpoint time is put back, pointing at the restored init: its pid, its
 * start time as seen inside its time namespace (where runc exec runs, see {@link Runc#execArgv})
 * and its namespaces; paths that differ on this host (state dir, cgroup parent, netns) are
 * rewritten. Only these top-level fields of runc's state.json are touched; the rest is runc's own.
 */
public final class RuncState {

    public static final String FILE = "state.json";

    private RuncState() {
    }

    /** runc's state of a running container, or null when runc has none. */
    public static String read(Path runcRoot, String id) {
        return Fs.readOrNull(runcRoot.resolve(id).resolve(FILE));
    }

    /**
     * Writes runc's state for the restored init {@code pid}.
     *
     * @param replacements old path prefix/fragment -> this host's, applied to every string
     */
    public static void install(Path runcRoot, String id, String savedState, long pid, Map<String, String> replacements) {
        JsonObject s;
        try {
            s = JsonParser.parseString(savedState).getAsJsonObject();
        } catch (RuntimeException e) {
            throw RuntimeError.failure("runc state in the checkpoint is unreadable: " + e.getMessage(), e);
        }
        for (String key : List.of("init_process_pid", "init_process_start", "namespace_paths", "config")) {
            if (!s.has(key)) {
                throw RuntimeError.failure("runc state in the checkpoint lacks " + key + " (another runc version?)");
            }
        }
        JsonObject patched = rewrite(s, replacements).getAsJsonObject();
        patched.addProperty("init_process_pid", pid);
        patched.addProperty("init_process_start", startTimeInTimeNamespace(pid));
        JsonObject ns = new JsonObject();
        for (Map.Entry<String, JsonElement> e : s.getAsJsonObject("namespace_paths").entrySet()) {
            String path = e.getValue().getAsString();
            ns.addProperty(e.getKey(), "/proc/" + pid + "/ns/" + path.substring(path.lastIndexOf('/') + 1));
        }
        patched.add("namespace_paths", ns);
        Path dir = runcRoot.resolve(id);
        Fs.mkdirs(dir);
        Fs.writeAtomic(dir.resolve(FILE), new GsonBuilder().disableHtmlEscaping().create().toJson(patched));
    }

    /**
     * The OCI spec the container was started from, for its bundle on this host: runc exec takes the
     * process defaults (environment, user, capabilities) from the bundle's config.json.
     */
    public static String rewriteSpec(String spec, Map<String, String> replacements) {
        try {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(rewrite(JsonParser.parseString(spec), replacements));
        } catch (RuntimeException e) {
            throw RuntimeError.failure("OCI spec in the checkpoint is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The start time runc compares against, read the way runc exec will read it: from inside the
     * init's time namespace, whose boot-time offset /proc adds to every process's start time.
     */
    static long startTimeInTimeNamespace(long pid) {
        Cmd.Result r = Cmd.run(List.of("nsenter", "--time=/proc/" + pid + "/ns/time", "--", "cat", "/proc/" + pid + "/stat"),
                Duration.ofSeconds(10));
        if (!r.ok()) {
            throw RuntimeError.failure("cannot read the start time of restored init " + pid + ": " + r.message());
        }
        String stat = r.stdout();
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[19]);
    }

    private static JsonElement rewrite(JsonElement e, Map<String, String> replacements) {
        if (e.isJsonObject()) {
            JsonObject o = new JsonObject();
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                o.add(m.getKey(), rewrite(m.getValue(), replacements));
            }
            return o;
        }
        if (e.isJsonArray()) {
            JsonArray a = new JsonArray();
            for (JsonElement x : e.getAsJsonArray()) {
                a.add(rewrite(x, replacements));
            }
            return a;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String v = e.getAsString();
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                if (!r.getKey().equals(r.getValue())) {
                    v = v.replace(r.getKey(), r.getValue());
                }
            }
            return new JsonPrimitive(v);
        }
        return e;
    }

    public static void remove(Path runcRoot, String id) {
        try {
            Files.deleteIfExists(runcRoot.resolve(id).resolve(FILE));
            Files.deleteIfExists(runcRoot.resolve(id));
        } catch (java.io.IOException ignored) {
            // runc delete --force runs as well and removes what is left
        }
    }
}
