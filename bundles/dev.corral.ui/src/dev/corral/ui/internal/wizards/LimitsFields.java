package dev.corral.ui.internal.wizards;

import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The limit fields of the New Container page, as text; empty means no limit. */
final class LimitsFields {

    static final String MEMORY_ID = "newContainer.memory"; //$NON-NLS-1$
    static final String SWAP_ID = "newContainer.swap"; //$NON-NLS-1$
    static final String CPUS_ID = "newContainer.cpus"; //$NON-NLS-1$
    static final String CPU_WEIGHT_ID = "newContainer.cpuWeight"; //$NON-NLS-1$
    static final String CPUSET_ID = "newContainer.cpuset"; //$NON-NLS-1$
    static final String PIDS_ID = "newContainer.pids"; //$NON-NLS-1$

    final Text memory;
    final Text swap;
    final Text cpus;
    final Text cpuWeight;
    final Text cpuset;
    final Text pids;

    LimitsFields(Composite parent, Runnable changed) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.NewContainerPage_limits);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(group);
        memory = field(group, Messages.NewContainerPage_memory, MEMORY_ID, Messages.NewContainerPage_sizeHint, changed);
        swap = field(group, Messages.NewContainerPage_swap, SWAP_ID, Messages.NewContainerPage_sizeHint, changed);
        cpus = field(group, Messages.NewContainerPage_cpus, CPUS_ID, Messages.NewContainerPage_cpusHint, changed);
        cpuWeight = field(group, Messages.NewContainerPage_cpuWeight, CPU_WEIGHT_ID,
                Messages.NewContainerPage_cpuWeightHint, changed);
        cpuset = field(group, Messages.NewContainerPage_cpuset, CPUSET_ID, Messages.NewContainerPage_cpusetHint,
                changed);
        pids = field(group, Messages.NewContainerPage_pids, PIDS_ID, Messages.NewContainerPage_unlimited, changed);
    }

    private static Text field(Composite group, String label, String id, String hint, Runnable changed) {
        new Label(group, SWT.NONE).setText(label);
        Text text = new Text(group, SWT.BORDER);
        text.setMessage(hint);
        text.setData(CorralUi.WIDGET_ID_KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> changed.run());
        return text;
    }
}
