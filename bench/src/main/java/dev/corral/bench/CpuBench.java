package dev.corral.bench;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.ExecResult;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import java.util.List;

/**
 * A CPU-bound job on every CPU, inside a container and on the host, alternating. The job times
 * itself from /proc/uptime in the same shell on both sides, so the cost of entering the container
 * (runc exec) is not charged to the job: what is compared is how fast code runs once inside.
 */
final class CpuBench {

    /** One awk loop per CPU; each takes a few seconds on these machines. */
    static String job(int cpus, long iterations) {
        return "read a _ < /proc/uptime; "
                + "i=0; while [ $i -lt " + cpus + " ]; do "
                + "busybox awk 'BEGIN{for(i=0;i<" + iterations + ";i++)s+=i*i%7}' >/dev/null & i=$((i+1)); done; "
                + "wait; read b _ < /proc/uptime; echo $a $b";
    }

    private final BenchAgent agent;

    CpuBench(BenchAgent agent) {
        this.agent = agent;
    }

    /** @return container seconds, host seconds, and speed ratio host/container (1.0 = no overhead) */
    Stats[] run(int pairs, long iterations) throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        agent.session.call(Methods.CONTAINER_CREATE,
                new ContainerSpec("cpubench", "busybox", null, null, null, false, null), ContainerInfo.class);
        agent.session.call(Methods.CONTAINER_START, new NameParams("cpubench"), ContainerInfo.class);
        Stats inside = new Stats();
        Stats host = new Stats();
        Stats ratio = new Stats();
        String script = job(cpus, iterations);
        for (int i = 0; i < pairs + 1; i++) {
            ExecResult r = agent.session.call(Methods.CONTAINER_EXEC,
                    new ExecParams("cpubench", List.of("sh", "-c", script), null, 600_000), ExecResult.class);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("job failed in the container: " + r.stderr());
            }
            double in = seconds(r.stdout());
            double out = seconds(Shell.sh(script));
            if (i == 0) {
                continue;
            }
            inside.add(in);
            host.add(out);
            ratio.add(out / in);
        }
        return new Stats[] {inside, host, ratio};
    }

    private static double seconds(String uptimes) {
        String[] t = uptimes.trim().split("\\s+");
        return Double.parseDouble(t[1]) - Double.parseDouble(t[0]);
    }
}
