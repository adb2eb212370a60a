package dev.corral.agent.internal.containers;

import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateList;
import dev.corral.protocol.TemplateParams;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.Templates;
import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * template.*: builds may take a minute (debian-12 runs debootstrap); they run on the request
 * pool like every request, so other requests go on meanwhile.
 */
public final class TemplateHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateHandlers.class);

    private final Containers containers;

    public TemplateHandlers(Containers containers) {
        this.containers = containers;
    }

    public void registerIn(HandlerRegistry registry) {
        registry.register(Methods.TEMPLATE_LIST, (c, p) -> list())
                .register(Methods.TEMPLATE_BUILD, this::build)
                .register(Methods.TEMPLATE_IMPORT, this::importTarball)
                .register(Methods.TEMPLATE_DELETE, this::delete);
    }

    private TemplateList list() throws RpcException {
        ContainerRuntime rt = containers.runtime();
        List<ContainerInfo> all = containers.watch().known();
        return new TemplateList(Errors.call(() -> rt.templates().list()).stream()
                .map(t -> Convert.template(t, usedBy(all, t.name()))).toList());
    }

    private TemplateInfo build(RpcContext context, JsonElement params) throws RpcException {
        TemplateParams p = Params.decode(params, TemplateParams.class);
        String name = name(p);
        String recipe = p.source() == null || p.source().isBlank() ? name : p.source();
        ContainerRuntime rt = containers.runtime();
        LOG.info("session {}: building template {} ({})", context.sessionId(), name, recipe);
        dev.corral.runtime.TemplateInfo t = switch (recipe) {
            case Templates.BUSYBOX -> Errors.call(() -> rt.templates().buildBusybox(name));
            case Templates.DEBIAN_12 -> {
                // ensureDebian12 returns an existing template; a build request for a taken name is a conflict
                if (rt.templates().exists(name)) {
                    throw RpcException.conflict("template " + name + " exists");
                }
                yield Errors.call(() -> rt.templates().ensureDebian12(name, null));
            }
            default -> throw RpcException.invalidParams("unknown recipe '" + recipe + "': use "
                    + Templates.BUSYBOX + " or " + Templates.DEBIAN_12 + ", or template.import for a tarball");
        };
        LOG.info("session {}: template {} built", context.sessionId(), name);
        return Convert.template(t, 0);
    }

    private TemplateInfo importTarball(RpcContext context, JsonElement params) throws RpcException {
        TemplateParams p = Params.decode(params, TemplateParams.class);
        String name = name(p);
        if (p.source() == null || !p.source().startsWith("/")) {
            throw RpcException.invalidParams("source must be the absolute path of a rootfs tarball on the agent's host");
        }
        ContainerRuntime rt = containers.runtime();
        LOG.info("session {}: importing template {} from {}", context.sessionId(), name, p.source());
        return Convert.template(Errors.call(() -> rt.templates().importTarball(name, Path.of(p.source()), null)), 0);
    }

    /** Answers what was deleted, so a client can show it once more. */
    private TemplateInfo delete(RpcContext context, JsonElement params) throws RpcException {
        String name = name(Params.decode(params, TemplateParams.class));
        ContainerRuntime rt = containers.runtime();
        dev.corral.runtime.TemplateInfo t = Errors.call(() -> rt.templates().show(name));
        Errors.call(() -> {
            rt.templates().delete(name);
            return null;
        });
        LOG.info("session {}: template {} deleted", context.sessionId(), name);
        return Convert.template(t, 0);
    }

    private static String name(TemplateParams p) throws RpcException {
        if (p.name() == null || p.name().isBlank()) {
            throw RpcException.invalidParams("name is required");
        }
        return p.name();
    }

    private static int usedBy(List<ContainerInfo> all, String template) {
        return (int) all.stream().filter(c -> template.equals(c.template())).count();
    }
}
