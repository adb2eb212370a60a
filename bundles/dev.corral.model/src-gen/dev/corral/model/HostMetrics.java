/**
 */
package dev.corral.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.HostMetrics#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getMemoryUsedBytes <em>Memory Used Bytes</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getMemoryTotalBytes <em>Memory Total Bytes</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getLoad1 <em>Load1</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getLoad5 <em>Load5</em>}</li>
 *   <li>{@link dev.corral.model.HostMetrics#getLoad15 <em>Load15</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getHostMetrics()
 * @model
 * @generated
 */
public interface HostMetrics extends EObject {
	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(long)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_Timestamp()
	 * @model
	 * @generated
	 */
	long getTimestamp();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(long value);

	/**
	 * Returns the value of the '<em><b>Cpu Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Percent</em>' attribute.
	 * @see #setCpuPercent(double)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_CpuPercent()
	 * @model
	 * @generated
	 */
	double getCpuPercent();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getCpuPercent <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Percent</em>' attribute.
	 * @see #getCpuPercent()
	 * @generated
	 */
	void setCpuPercent(double value);

	/**
	 * Returns the value of the '<em><b>Memory Used Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Used Bytes</em>' attribute.
	 * @see #setMemoryUsedBytes(long)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_MemoryUsedBytes()
	 * @model
	 * @generated
	 */
	long getMemoryUsedBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getMemoryUsedBytes <em>Memory Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Used Bytes</em>' attribute.
	 * @see #getMemoryUsedBytes()
	 * @generated
	 */
	void setMemoryUsedBytes(long value);

	/**
	 * Returns the value of the '<em><b>Memory Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Total Bytes</em>' attribute.
	 * @see #setMemoryTotalBytes(long)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_MemoryTotalBytes()
	 * @model
	 * @generated
	 */
	long getMemoryTotalBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getMemoryTotalBytes <em>Memory Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Total Bytes</em>' attribute.
	 * @see #getMemoryTotalBytes()
	 * @generated
	 */
	void setMemoryTotalBytes(long value);

	/**
	 * Returns the value of the '<em><b>Load1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load1</em>' attribute.
	 * @see #setLoad1(double)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_Load1()
	 * @model
	 * @generated
	 */
	double getLoad1();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getLoad1 <em>Load1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load1</em>' attribute.
	 * @see #getLoad1()
	 * @generated
	 */
	void setLoad1(double value);

	/**
	 * Returns the value of the '<em><b>Load5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load5</em>' attribute.
	 * @see #setLoad5(double)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_Load5()
	 * @model
	 * @generated
	 */
	double getLoad5();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getLoad5 <em>Load5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load5</em>' attribute.
	 * @see #getLoad5()
	 * @generated
	 */
	void setLoad5(double value);

	/**
	 * Returns the value of the '<em><b>Load15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Load15</em>' attribute.
	 * @see #setLoad15(double)
	 * @see dev.corral.model.CorralPackage#getHostMetrics_Load15()
	 * @model
	 * @generated
	 */
	double getLoad15();

	/**
	 * Sets the value of the '{@link dev.corral.model.HostMetrics#getLoad15 <em>Load15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Load15</em>' attribute.
	 * @see #getLoad15()
	 * @generated
	 */
	void setLoad15(double value);

} // HostMetrics
