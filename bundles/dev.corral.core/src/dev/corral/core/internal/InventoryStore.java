package dev.corral.core.internal;

import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import dev.corral.model.ConnectionState;
import dev.corral.model.CorralFactory;
import dev.corral.model.CorralPackage;
import dev.corral.model.Host;
import dev.corral.model.Inventory;
import dev.corral.model.Task;
import dev.corral.model.TaskLog;
import dev.corral.model.TaskState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;

/**
 * The inventory and the task history as one XMI file with two roots. Runtime-only state
 * (connection state, message, facts, metrics) is transient in the model and reset on load; a task
 * that was running when the console stopped is recorded as cancelled.
 */
public final class InventoryStore {

    public static final String FILE = "fleet.xmi";

    private final Path file;
    private Resource resource;

    public InventoryStore(Path dir) {
        this.file = dir.resolve(FILE);
    }

    public Path getFile() {
        return file;
    }

    /** Reads the file, or starts empty when there is none or it is unreadable (moved aside). */
    public void load() throws CoreException {
        resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                resource.load(in, Map.of(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE));
            } catch (IOException | RuntimeException e) {
                resource.getContents().clear();
                moveAside(e);
            }
        }
        if (inventory() == null) {
            resource.getContents().add(0, CorralFactory.eINSTANCE.createInventory());
        }
        if (taskLog() == null) {
            resource.getContents().add(CorralFactory.eINSTANCE.createTaskLog());
        }
        resetRuntimeState();
    }

    public Inventory inventory() {
        return root(Inventory.class);
    }

    public TaskLog taskLog() {
        return root(TaskLog.class);
    }

    private <T> T root(Class<T> type) {
        for (EObject o : resource.getContents()) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        return null;
    }

    private void resetRuntimeState() {
        for (Host host : inventory().getHosts()) {
            host.setState(ConnectionState.DISCONNECTED);
            host.setMessage(null);
            host.setFacts(null);
            host.setMetrics(null);
        }
        for (Task task : taskLog().getTasks()) {
            if (task.getState() == TaskState.RUNNING && task.getAgentTask() != null) {
                // the agent's task went on without the console: its outcome is learnt at the next connect
                task.setState(TaskState.DETACHED);
                task.setMessage(NLS.bind(Messages.AgentTask_detached, task.getHost()));
            } else if (task.getState() == TaskState.RUNNING) {
                task.setState(TaskState.CANCELLED);
                task.setMessage(Messages.InventoryStore_interrupted);
                if (task.getEndTime() == 0) {
                    task.setEndTime(task.getStartTime());
                }
            }
        }
    }

    /**
     * Serializes under the model lock (fast, in memory), then writes outside it, atomically, so a
     * crash leaves either the old or the new file.
     */
    public void save(Object modelLock) throws CoreException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            synchronized (modelLock) {
                resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CorralCore.exception(StatusCodes.STORAGE,
                    NLS.bind(Messages.InventoryStore_saveFailed, file, e.getMessage()), e);
        }
    }

    private void moveAside(Exception cause) {
        Path aside = file.resolveSibling(FILE + ".unreadable-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            aside = file;
        }
        ILog.of(InventoryStore.class).error(NLS.bind(Messages.InventoryStore_loadFailed, new Object[] { file,
                cause.getMessage(), aside }), cause);
    }

    static {
        // Outside Equinox (or before the model bundle's registration runs) the package must still
        // be known to the XMI loader.
        CorralPackage.eINSTANCE.eClass();
    }
}
