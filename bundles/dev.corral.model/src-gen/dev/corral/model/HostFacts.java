/**
 */
package dev.corral.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Facts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.HostFacts#getHostname <em>Hostname</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getArch <em>Arch</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getDiskTotalBytes <em>Disk Total Bytes</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getDiskFreeBytes <em>Disk Free Bytes</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getRuncVersion <em>Runc Version</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getUptimeSeconds <em>Uptime Seconds</em>}</li>
 *   <li>{@link dev.corral.model.HostFacts#getProtocolVersion <em>Protocol Version</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getHostFacts()
 * @model
 * @generated
 */
public interface HostFacts extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_Kernel()
	 * @model
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arch</em>' attribute.
	 * @see #setArch(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_Arch()
	 * @model
	 * @generated
	 */
	String getArch();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arch</em>' attribute.
	 * @see #getArch()
	 * @generated
	 */
	void setArch(String value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #setCpus(int)
	 * @see dev.corral.model.CorralPackage#getHostFacts_Cpus()
	 * @model
	 * @generated
	 */
	int getCpus();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(int value);

	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see dev.corral.model.CorralPackage#getHostFacts_MemoryBytes()
	 * @model
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

	/**
	 * Returns the value of the '<em><b>Disk Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Total Bytes</em>' attribute.
	 * @see #setDiskTotalBytes(long)
	 * @see dev.corral.model.CorralPackage#getHostFacts_DiskTotalBytes()
	 * @model
	 * @generated
	 */
	long getDiskTotalBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getDiskTotalBytes <em>Disk Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Total Bytes</em>' attribute.
	 * @see #getDiskTotalBytes()
	 * @generated
	 */
	void setDiskTotalBytes(long value);

	/**
	 * Returns the value of the '<em><b>Disk Free Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Free Bytes</em>' attribute.
	 * @see #setDiskFreeBytes(long)
	 * @see dev.corral.model.CorralPackage#getHostFacts_DiskFreeBytes()
	 * @model
	 * @generated
	 */
	long getDiskFreeBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getDiskFreeBytes <em>Disk Free Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Free Bytes</em>' attribute.
	 * @see #getDiskFreeBytes()
	 * @generated
	 */
	void setDiskFreeBytes(long value);

	/**
	 * Returns the value of the '<em><b>Runc Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runc Version</em>' attribute.
	 * @see #setRuncVersion(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_RuncVersion()
	 * @model
	 * @generated
	 */
	String getRuncVersion();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getRuncVersion <em>Runc Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runc Version</em>' attribute.
	 * @see #getRuncVersion()
	 * @generated
	 */
	void setRuncVersion(String value);

	/**
	 * Returns the value of the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Version</em>' attribute.
	 * @see #setCriuVersion(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_CriuVersion()
	 * @model
	 * @generated
	 */
	String getCriuVersion();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getCriuVersion <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Version</em>' attribute.
	 * @see #getCriuVersion()
	 * @generated
	 */
	void setCriuVersion(String value);

	/**
	 * Returns the value of the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agent Version</em>' attribute.
	 * @see #setAgentVersion(String)
	 * @see dev.corral.model.CorralPackage#getHostFacts_AgentVersion()
	 * @model
	 * @generated
	 */
	String getAgentVersion();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getAgentVersion <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Version</em>' attribute.
	 * @see #getAgentVersion()
	 * @generated
	 */
	void setAgentVersion(String value);

	/**
	 * Returns the value of the '<em><b>Uptime Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uptime Seconds</em>' attribute.
	 * @see #setUptimeSeconds(long)
	 * @see dev.corral.model.CorralPackage#getHostFacts_UptimeSeconds()
	 * @model
	 * @generated
	 */
	long getUptimeSeconds();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getUptimeSeconds <em>Uptime Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptime Seconds</em>' attribute.
	 * @see #getUptimeSeconds()
	 * @generated
	 */
	void setUptimeSeconds(long value);

	/**
	 * Returns the value of the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Version</em>' attribute.
	 * @see #setProtocolVersion(int)
	 * @see dev.corral.model.CorralPackage#getHostFacts_ProtocolVersion()
	 * @model
	 * @generated
	 */
	int getProtocolVersion();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostFacts#getProtocolVersion <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Version</em>' attribute.
	 * @see #getProtocolVersion()
	 * @generated
	 */
	void setProtocolVersion(int value);

} // HostFacts
