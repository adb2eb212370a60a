/**
 */
package dev.corral.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limits</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.Limits#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getSwapBytes <em>Swap Bytes</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getCpuset <em>Cpuset</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getPids <em>Pids</em>}</li>
 *   <li>{@link dev.corral.model.Limits#getIoWeight <em>Io Weight</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getLimits()
 * @model
 * @generated
 */
public interface Limits extends EObject {
	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see dev.corral.model.CorralPackage#getLimits_MemoryBytes()
	 * @model
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

	/**
	 * Returns the value of the '<em><b>Swap Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swap Bytes</em>' attribute.
	 * @see #setSwapBytes(long)
	 * @see dev.corral.model.CorralPackage#getLimits_SwapBytes()
	 * @model
	 * @generated
	 */
	long getSwapBytes();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getSwapBytes <em>Swap Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap Bytes</em>' attribute.
	 * @see #getSwapBytes()
	 * @generated
	 */
	void setSwapBytes(long value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #setCpus(double)
	 * @see dev.corral.model.CorralPackage#getLimits_Cpus()
	 * @model
	 * @generated
	 */
	double getCpus();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(double value);

	/**
	 * Returns the value of the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Weight</em>' attribute.
	 * @see #setCpuWeight(int)
	 * @see dev.corral.model.CorralPackage#getLimits_CpuWeight()
	 * @model
	 * @generated
	 */
	int getCpuWeight();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getCpuWeight <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Weight</em>' attribute.
	 * @see #getCpuWeight()
	 * @generated
	 */
	void setCpuWeight(int value);

	/**
	 * Returns the value of the '<em><b>Cpuset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpuset</em>' attribute.
	 * @see #setCpuset(String)
	 * @see dev.corral.model.CorralPackage#getLimits_Cpuset()
	 * @model
	 * @generated
	 */
	String getCpuset();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getCpuset <em>Cpuset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpuset</em>' attribute.
	 * @see #getCpuset()
	 * @generated
	 */
	void setCpuset(String value);

	/**
	 * Returns the value of the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pids</em>' attribute.
	 * @see #setPids(long)
	 * @see dev.corral.model.CorralPackage#getLimits_Pids()
	 * @model
	 * @generated
	 */
	long getPids();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getPids <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pids</em>' attribute.
	 * @see #getPids()
	 * @generated
	 */
	void setPids(long value);

	/**
	 * Returns the value of the '<em><b>Io Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Io Weight</em>' attribute.
	 * @see #setIoWeight(int)
	 * @see dev.corral.model.CorralPackage#getLimits_IoWeight()
	 * @model
	 * @generated
	 */
	int getIoWeight();

	/**
	 * Sets the value of the '{@link dev.corral.model.Limits#getIoWeight <em>Io Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Io Weight</em>' attribute.
	 * @see #getIoWeight()
	 * @generated
	 */
	void setIoWeight(int value);

} // Limits
