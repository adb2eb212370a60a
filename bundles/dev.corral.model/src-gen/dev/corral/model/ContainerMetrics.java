/**
 */
package dev.corral.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.ContainerMetrics#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link dev.corral.model.ContainerMetrics#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link dev.corral.model.ContainerMetrics#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.ContainerMetrics#getPids <em>Pids</em>}</li>
 *   <li>{@link dev.corral.model.ContainerMetrics#getRxBytes <em>Rx Bytes</em>}</li>
 *   <li>{@link dev.corral.model.ContainerMetrics#getTxBytes <em>Tx Bytes</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getContainerMetrics()
 * @model
 * @generated
 */
public interface ContainerMetrics extends EObject {
	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(long)
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_Timestamp()
	 * @model
	 * @generated
	 */
	long getTimestamp();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getTimestamp <em>Timestamp</em>}' attribute.
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
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_CpuPercent()
	 * @model
	 * @generated
	 */
	double getCpuPercent();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getCpuPercent <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Percent</em>' attribute.
	 * @see #getCpuPercent()
	 * @generated
	 */
	void setCpuPercent(double value);

	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_MemoryBytes()
	 * @model
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

	/**
	 * Returns the value of the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pids</em>' attribute.
	 * @see #setPids(long)
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_Pids()
	 * @model
	 * @generated
	 */
	long getPids();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getPids <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pids</em>' attribute.
	 * @see #getPids()
	 * @generated
	 */
	void setPids(long value);

	/**
	 * Returns the value of the '<em><b>Rx Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rx Bytes</em>' attribute.
	 * @see #setRxBytes(long)
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_RxBytes()
	 * @model
	 * @generated
	 */
	long getRxBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getRxBytes <em>Rx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rx Bytes</em>' attribute.
	 * @see #getRxBytes()
	 * @generated
	 */
	void setRxBytes(long value);

	/**
	 * Returns the value of the '<em><b>Tx Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tx Bytes</em>' attribute.
	 * @see #setTxBytes(long)
	 * @see dev.corral.model.CorralPackage#getContainerMetrics_TxBytes()
	 * @model
	 * @generated
	 */
	long getTxBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.ContainerMetrics#getTxBytes <em>Tx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tx Bytes</em>' attribute.
	 * @see #getTxBytes()
	 * @generated
	 */
	void setTxBytes(long value);

} // ContainerMetrics
