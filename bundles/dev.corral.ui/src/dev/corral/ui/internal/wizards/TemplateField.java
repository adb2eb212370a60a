package dev.corral.ui.internal.wizards;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.operations.BuildTemplateOperation;
import dev.corral.model.Host;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateList;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The template choice: the host's templates, listed by a job (never on the display thread), with
 * buttons that build the agent's recipes a host does not have yet. A build is an ordinary
 * operation (task log, error report); when it succeeds the list is read again.
 */
final class TemplateField {

    static final String COMBO_ID = "newContainer.template"; //$NON-NLS-1$
    static final String STATUS_ID = "newContainer.templateStatus"; //$NON-NLS-1$
    static final String BUILD_ID_PREFIX = "newContainer.build."; //$NON-NLS-1$
    private static final List<String> RECIPES = List.of(BuildTemplateOperation.BUSYBOX,
            BuildTemplateOperation.DEBIAN_12);

    private final FleetService fleet;
    private final Runnable changed;
    private final Combo combo;
    private final Label status;
    private final Composite buttons;
    private Host host;
    private boolean loading;
    private String preferred; // selected once listed: the template just built

    TemplateField(Composite parent, FleetService fleet, Runnable changed) {
        this.fleet = fleet;
        this.changed = changed;
        new Label(parent, SWT.NONE).setText(Messages.NewContainerPage_template);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(CorralUi.WIDGET_ID_KEY, COMBO_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed.run());
        buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(RECIPES.size()).applyTo(buttons);
        for (String recipe : RECIPES) {
            Button build = new Button(buttons, SWT.PUSH);
            build.setText(NLS.bind(Messages.NewContainerPage_build, recipe));
            build.setData(CorralUi.WIDGET_ID_KEY, BUILD_ID_PREFIX + recipe);
            build.addListener(SWT.Selection, e -> build(recipe, build));
            build.setEnabled(false);
        }
        new Label(parent, SWT.NONE);
        status = new Label(parent, SWT.WRAP);
        status.setData(CorralUi.WIDGET_ID_KEY, STATUS_ID);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
    }

    /** The chosen template, or null. */
    String selected() {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : combo.getItem(i);
    }

    boolean isLoading() {
        return loading;
    }

    /** Lists the templates of {@code h} in a job; the combo fills when it answers. */
    void load(Host h) {
        load(h, null);
    }

    private void load(Host h, String select) {
        host = h;
        preferred = select;
        combo.removeAll();
        setButtons(List.of());
        if (h == null) {
            return;
        }
        loading = true;
        status.setText(Messages.NewContainerPage_loadingTemplates);
        Job job = new Job(Messages.NewContainerPage_loadingTemplates) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return list(h, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JobFamilies.QUERIES;
            }
        };
        job.setSystem(true);
        job.schedule();
        changed.run();
    }

    private IStatus list(Host h, IProgressMonitor monitor) {
        List<TemplateInfo> templates;
        String failure = null;
        try {
            TemplateList list = fleet.getConnection(h).call(Methods.TEMPLATE_LIST, null, TemplateList.class,
                    fleet.getSettings().getRequestTimeout(), monitor);
            templates = list == null || list.templates() == null ? List.of() : list.templates();
        } catch (CoreException e) {
            templates = List.of();
            failure = e.getStatus().getMessage();
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        List<TemplateInfo> result = templates;
        String error = failure;
        if (!combo.isDisposed()) {
            combo.getDisplay().asyncExec(() -> listed(h, result, error));
        }
        return Status.OK_STATUS;
    }

    private void listed(Host h, List<TemplateInfo> templates, String error) {
        if (combo.isDisposed() || h != host) {
            return; // the operator chose another host meanwhile
        }
        loading = false;
        String previous = preferred != null ? preferred : selected();
        combo.removeAll();
        templates.forEach(t -> combo.add(t.name()));
        int keep = previous == null ? -1 : combo.indexOf(previous);
        combo.select(keep >= 0 ? keep : templates.isEmpty() ? -1 : 0);
        List<String> names = templates.stream().map(TemplateInfo::name).toList();
        setButtons(RECIPES.stream().filter(r -> !names.contains(r)).toList());
        status.setText(error != null ? error
                : templates.isEmpty() ? Messages.NewContainerPage_noTemplates : ""); //$NON-NLS-1$
        status.getParent().layout(true, true);
        changed.run();
    }

    private void setButtons(List<String> missing) {
        for (var child : buttons.getChildren()) {
            String id = (String) child.getData(CorralUi.WIDGET_ID_KEY);
            child.setEnabled(missing.contains(id.substring(BUILD_ID_PREFIX.length())));
        }
    }

    private void build(String recipe, Button button) {
        Host h = host;
        if (h == null) {
            return;
        }
        button.setEnabled(false);
        status.setText(NLS.bind(Messages.NewContainerPage_building, recipe));
        Job job = Operations.schedule(fleet, new BuildTemplateOperation(fleet, h, recipe));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!combo.isDisposed()) {
                    combo.getDisplay().asyncExec(() -> built(h, recipe, event.getResult()));
                }
            }
        });
    }

    private void built(Host h, String recipe, IStatus result) {
        if (combo.isDisposed() || h != host) {
            return;
        }
        if (result.isOK()) {
            load(h, recipe);
            return;
        }
        // the failure itself reaches the operator through the error reporter
        status.setText(NLS.bind(Messages.NewContainerPage_buildFailed, recipe));
        setButtons(List.of(recipe));
    }
}
