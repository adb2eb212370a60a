/**
 */
package dev.corral.model.impl;

import dev.corral.model.CorralPackage;
import dev.corral.model.HostFacts;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host Facts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getArch <em>Arch</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getDiskTotalBytes <em>Disk Total Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getDiskFreeBytes <em>Disk Free Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getRuncVersion <em>Runc Version</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getUptimeSeconds <em>Uptime Seconds</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostFactsImpl#getProtocolVersion <em>Protocol Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostFactsImpl extends MinimalEObjectImpl.Container implements HostFacts {
	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected String kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected String arch = ARCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected static final int CPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected int cpus = CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected long memoryBytes = MEMORY_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskTotalBytes() <em>Disk Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_TOTAL_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDiskTotalBytes() <em>Disk Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected long diskTotalBytes = DISK_TOTAL_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskFreeBytes() <em>Disk Free Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskFreeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_FREE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDiskFreeBytes() <em>Disk Free Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskFreeBytes()
	 * @generated
	 * @ordered
	 */
	protected long diskFreeBytes = DISK_FREE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuncVersion() <em>Runc Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuncVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RUNC_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuncVersion() <em>Runc Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuncVersion()
	 * @generated
	 * @ordered
	 */
	protected String runcVersion = RUNC_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriuVersion() <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CRIU_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriuVersion() <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuVersion()
	 * @generated
	 * @ordered
	 */
	protected String criuVersion = CRIU_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected String agentVersion = AGENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptimeSeconds() <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long UPTIME_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUptimeSeconds() <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected long uptimeSeconds = UPTIME_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int PROTOCOL_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected int protocolVersion = PROTOCOL_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostFactsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorralPackage.Literals.HOST_FACTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		String oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArch() {
		return arch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArch(String newArch) {
		String oldArch = arch;
		arch = newArch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__ARCH, oldArch, arch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpus() {
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(int newCpus) {
		int oldCpus = cpus;
		cpus = newCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__CPUS, oldCpus, cpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryBytes() {
		return memoryBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryBytes(long newMemoryBytes) {
		long oldMemoryBytes = memoryBytes;
		memoryBytes = newMemoryBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__MEMORY_BYTES, oldMemoryBytes, memoryBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskTotalBytes() {
		return diskTotalBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskTotalBytes(long newDiskTotalBytes) {
		long oldDiskTotalBytes = diskTotalBytes;
		diskTotalBytes = newDiskTotalBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__DISK_TOTAL_BYTES, oldDiskTotalBytes, diskTotalBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskFreeBytes() {
		return diskFreeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskFreeBytes(long newDiskFreeBytes) {
		long oldDiskFreeBytes = diskFreeBytes;
		diskFreeBytes = newDiskFreeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__DISK_FREE_BYTES, oldDiskFreeBytes, diskFreeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuncVersion() {
		return runcVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuncVersion(String newRuncVersion) {
		String oldRuncVersion = runcVersion;
		runcVersion = newRuncVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__RUNC_VERSION, oldRuncVersion, runcVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriuVersion() {
		return criuVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriuVersion(String newCriuVersion) {
		String oldCriuVersion = criuVersion;
		criuVersion = newCriuVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__CRIU_VERSION, oldCriuVersion, criuVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgentVersion() {
		return agentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentVersion(String newAgentVersion) {
		String oldAgentVersion = agentVersion;
		agentVersion = newAgentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__AGENT_VERSION, oldAgentVersion, agentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUptimeSeconds() {
		return uptimeSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptimeSeconds(long newUptimeSeconds) {
		long oldUptimeSeconds = uptimeSeconds;
		uptimeSeconds = newUptimeSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__UPTIME_SECONDS, oldUptimeSeconds, uptimeSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolVersion(int newProtocolVersion) {
		int oldProtocolVersion = protocolVersion;
		protocolVersion = newProtocolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_FACTS__PROTOCOL_VERSION, oldProtocolVersion, protocolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorralPackage.HOST_FACTS__HOSTNAME:
				return getHostname();
			case CorralPackage.HOST_FACTS__KERNEL:
				return getKernel();
			case CorralPackage.HOST_FACTS__ARCH:
				return getArch();
			case CorralPackage.HOST_FACTS__CPUS:
				return getCpus();
			case CorralPackage.HOST_FACTS__MEMORY_BYTES:
				return getMemoryBytes();
			case CorralPackage.HOST_FACTS__DISK_TOTAL_BYTES:
				return getDiskTotalBytes();
			case CorralPackage.HOST_FACTS__DISK_FREE_BYTES:
				return getDiskFreeBytes();
			case CorralPackage.HOST_FACTS__RUNC_VERSION:
				return getRuncVersion();
			case CorralPackage.HOST_FACTS__CRIU_VERSION:
				return getCriuVersion();
			case CorralPackage.HOST_FACTS__AGENT_VERSION:
				return getAgentVersion();
			case CorralPackage.HOST_FACTS__UPTIME_SECONDS:
				return getUptimeSeconds();
			case CorralPackage.HOST_FACTS__PROTOCOL_VERSION:
				return getProtocolVersion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorralPackage.HOST_FACTS__HOSTNAME:
				setHostname((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__KERNEL:
				setKernel((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__ARCH:
				setArch((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__CPUS:
				setCpus((Integer)newValue);
				return;
			case CorralPackage.HOST_FACTS__MEMORY_BYTES:
				setMemoryBytes((Long)newValue);
				return;
			case CorralPackage.HOST_FACTS__DISK_TOTAL_BYTES:
				setDiskTotalBytes((Long)newValue);
				return;
			case CorralPackage.HOST_FACTS__DISK_FREE_BYTES:
				setDiskFreeBytes((Long)newValue);
				return;
			case CorralPackage.HOST_FACTS__RUNC_VERSION:
				setRuncVersion((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__CRIU_VERSION:
				setCriuVersion((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__AGENT_VERSION:
				setAgentVersion((String)newValue);
				return;
			case CorralPackage.HOST_FACTS__UPTIME_SECONDS:
				setUptimeSeconds((Long)newValue);
				return;
			case CorralPackage.HOST_FACTS__PROTOCOL_VERSION:
				setProtocolVersion((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorralPackage.HOST_FACTS__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__ARCH:
				setArch(ARCH_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__CPUS:
				setCpus(CPUS_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__MEMORY_BYTES:
				setMemoryBytes(MEMORY_BYTES_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__DISK_TOTAL_BYTES:
				setDiskTotalBytes(DISK_TOTAL_BYTES_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__DISK_FREE_BYTES:
				setDiskFreeBytes(DISK_FREE_BYTES_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__RUNC_VERSION:
				setRuncVersion(RUNC_VERSION_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__CRIU_VERSION:
				setCriuVersion(CRIU_VERSION_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__AGENT_VERSION:
				setAgentVersion(AGENT_VERSION_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__UPTIME_SECONDS:
				setUptimeSeconds(UPTIME_SECONDS_EDEFAULT);
				return;
			case CorralPackage.HOST_FACTS__PROTOCOL_VERSION:
				setProtocolVersion(PROTOCOL_VERSION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorralPackage.HOST_FACTS__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case CorralPackage.HOST_FACTS__KERNEL:
				return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
			case CorralPackage.HOST_FACTS__ARCH:
				return ARCH_EDEFAULT == null ? arch != null : !ARCH_EDEFAULT.equals(arch);
			case CorralPackage.HOST_FACTS__CPUS:
				return cpus != CPUS_EDEFAULT;
			case CorralPackage.HOST_FACTS__MEMORY_BYTES:
				return memoryBytes != MEMORY_BYTES_EDEFAULT;
			case CorralPackage.HOST_FACTS__DISK_TOTAL_BYTES:
				return diskTotalBytes != DISK_TOTAL_BYTES_EDEFAULT;
			case CorralPackage.HOST_FACTS__DISK_FREE_BYTES:
				return diskFreeBytes != DISK_FREE_BYTES_EDEFAULT;
			case CorralPackage.HOST_FACTS__RUNC_VERSION:
				return RUNC_VERSION_EDEFAULT == null ? runcVersion != null : !RUNC_VERSION_EDEFAULT.equals(runcVersion);
			case CorralPackage.HOST_FACTS__CRIU_VERSION:
				return CRIU_VERSION_EDEFAULT == null ? criuVersion != null : !CRIU_VERSION_EDEFAULT.equals(criuVersion);
			case CorralPackage.HOST_FACTS__AGENT_VERSION:
				return AGENT_VERSION_EDEFAULT == null ? agentVersion != null : !AGENT_VERSION_EDEFAULT.equals(agentVersion);
			case CorralPackage.HOST_FACTS__UPTIME_SECONDS:
				return uptimeSeconds != UPTIME_SECONDS_EDEFAULT;
			case CorralPackage.HOST_FACTS__PROTOCOL_VERSION:
				return protocolVersion != PROTOCOL_VERSION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hostname: ");
		result.append(hostname);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", arch: ");
		result.append(arch);
		result.append(", cpus: ");
		result.append(cpus);
		result.append(", memoryBytes: ");
		result.append(memoryBytes);
		result.append(", diskTotalBytes: ");
		result.append(diskTotalBytes);
		result.append(", diskFreeBytes: ");
		result.append(diskFreeBytes);
		result.append(", runcVersion: ");
		result.append(runcVersion);
		result.append(", criuVersion: ");
		result.append(criuVersion);
		result.append(", agentVersion: ");
		result.append(agentVersion);
		result.append(", uptimeSeconds: ");
		result.append(uptimeSeconds);
		result.append(", protocolVersion: ");
		result.append(protocolVersion);
		result.append(')');
		return result.toString();
	}

} //HostFactsImpl
