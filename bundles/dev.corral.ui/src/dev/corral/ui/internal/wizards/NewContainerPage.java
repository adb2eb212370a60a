package dev.corral.ui.internal.wizards;

import dev.corral.core.ContainerInput;
import dev.corral.core.FleetService;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import java.util.List;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Host, template, identity, address and limits of a new container, checked on every keystroke. */
public class NewContainerPage extends WizardPage {

    public static final String HOST_ID = "newContainer.host"; //$NON-NLS-1$
    public static final String TEMPLATE_ID = TemplateField.COMBO_ID;
    public static final String TEMPLATE_STATUS_ID = TemplateField.STATUS_ID;
    public static final String BUILD_ID_PREFIX = TemplateField.BUILD_ID_PREFIX;
    public static final String NAME_ID = "newContainer.name"; //$NON-NLS-1$
    public static final String HOSTNAME_ID = "newContainer.hostname"; //$NON-NLS-1$
    public static final String IP_ID = "newContainer.ip"; //$NON-NLS-1$
    public static final String MEMORY_ID = LimitsFields.MEMORY_ID;
    public static final String SWAP_ID = LimitsFields.SWAP_ID;
    public static final String CPUS_ID = LimitsFields.CPUS_ID;
    public static final String CPU_WEIGHT_ID = LimitsFields.CPU_WEIGHT_ID;
    public static final String CPUSET_ID = LimitsFields.CPUSET_ID;
    public static final String PIDS_ID = LimitsFields.PIDS_ID;
    public static final String START_ID = "newContainer.start"; //$NON-NLS-1$

    private final FleetService fleet;
    private final Host preselected;
    private List<Host> hosts = List.of();
    private Combo host;
    private TemplateField template;
    private Text name;
    private Text hostname;
    private Text ip;
    private LimitsFields limits;
    private Button start;

    NewContainerPage(FleetService fleet, Host preselected) {
        super("newContainer"); //$NON-NLS-1$
        this.fleet = fleet;
        this.preselected = preselected;
        setTitle(Messages.NewContainerPage_title);
        setDescription(Messages.NewContainerPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.NewContainerPage_host);
        host = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        host.setData(CorralUi.WIDGET_ID_KEY, HOST_ID);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(host);
        template = new TemplateField(body, fleet, this::validate);
        name = field(body, Messages.NewContainerPage_name, NAME_ID, ""); //$NON-NLS-1$
        hostname = field(body, Messages.NewContainerPage_hostname, HOSTNAME_ID, Messages.NewContainerPage_hostnameHint);
        ip = field(body, Messages.NewContainerPage_ip, IP_ID, Messages.NewContainerPage_ipHint);
        limits = new LimitsFields(body, this::validate);
        start = new Button(body, SWT.CHECK);
        start.setText(Messages.NewContainerPage_start);
        start.setSelection(true);
        start.setData(CorralUi.WIDGET_ID_KEY, START_ID);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(start);
        fillHosts();
        host.addListener(SWT.Selection, e -> template.load(selectedHost()));
        setControl(body);
        template.load(selectedHost());
        name.setFocus();
        validate();
    }

    /** Connected hosts only: templates and containers live behind a connection. */
    private void fillHosts() {
        hosts = fleet.read(() -> fleet.getInventory().getHosts().stream()
                .filter(h -> h.getState() == ConnectionState.CONNECTED).toList());
        hosts.forEach(h -> host.add(fleet.read(h::getName)));
        int index = hosts.indexOf(preselected);
        host.select(index >= 0 ? index : hosts.isEmpty() ? -1 : 0);
    }

    private Text field(Composite body, String label, String id, String hint) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setMessage(hint);
        text.setData(CorralUi.WIDGET_ID_KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    private Host selectedHost() {
        int i = host.getSelectionIndex();
        return i < 0 ? null : hosts.get(i);
    }

    ContainerInput input() {
        return new ContainerInput(selectedHost(), template.selected(), name.getText(), hostname.getText(),
                ip.getText(), limits.memory.getText(), limits.swap.getText(), limits.cpus.getText(),
                limits.cpuWeight.getText(), limits.cpuset.getText(), limits.pids.getText());
    }

    boolean startAfterCreate() {
        return start.getSelection();
    }

    private void validate() {
        if (start == null) {
            return; // still building the page
        }
        if (hosts.isEmpty()) {
            setErrorMessage(Messages.NewContainerPage_noHost);
            setPageComplete(false);
            return;
        }
        if (template.isLoading() && template.selected() == null) {
            setErrorMessage(null);
            setMessage(Messages.NewContainerPage_loadingTemplates);
            setPageComplete(false);
            return;
        }
        setMessage(null);
        IStatus status = input().validate(fleet);
        setErrorMessage(status.isOK() ? null : status.getMessage());
        setPageComplete(status.isOK());
    }
}
