/**
 */
package dev.corral.model.impl;

import dev.corral.model.CorralPackage;
import dev.corral.model.Limits;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limits</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getSwapBytes <em>Swap Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getCpuset <em>Cpuset</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getPids <em>Pids</em>}</li>
 *   <li>{@link dev.corral.model.impl.LimitsImpl#getIoWeight <em>Io Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimitsImpl extends MinimalEObjectImpl.Container implements Limits {
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
	 * The default value of the '{@link #getSwapBytes() <em>Swap Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long SWAP_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSwapBytes() <em>Swap Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapBytes()
	 * @generated
	 * @ordered
	 */
	protected long swapBytes = SWAP_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected static final double CPUS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected double cpus = CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_WEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected int cpuWeight = CPU_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuset() <em>Cpuset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuset()
	 * @generated
	 * @ordered
	 */
	protected static final String CPUSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuset() <em>Cpuset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuset()
	 * @generated
	 * @ordered
	 */
	protected String cpuset = CPUSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPids() <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPids()
	 * @generated
	 * @ordered
	 */
	protected static final long PIDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPids() <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPids()
	 * @generated
	 * @ordered
	 */
	protected long pids = PIDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIoWeight() <em>Io Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int IO_WEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIoWeight() <em>Io Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoWeight()
	 * @generated
	 * @ordered
	 */
	protected int ioWeight = IO_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LimitsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorralPackage.Literals.LIMITS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__MEMORY_BYTES, oldMemoryBytes, memoryBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSwapBytes() {
		return swapBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwapBytes(long newSwapBytes) {
		long oldSwapBytes = swapBytes;
		swapBytes = newSwapBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__SWAP_BYTES, oldSwapBytes, swapBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpus() {
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(double newCpus) {
		double oldCpus = cpus;
		cpus = newCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__CPUS, oldCpus, cpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuWeight() {
		return cpuWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuWeight(int newCpuWeight) {
		int oldCpuWeight = cpuWeight;
		cpuWeight = newCpuWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__CPU_WEIGHT, oldCpuWeight, cpuWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuset() {
		return cpuset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuset(String newCpuset) {
		String oldCpuset = cpuset;
		cpuset = newCpuset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__CPUSET, oldCpuset, cpuset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPids() {
		return pids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPids(long newPids) {
		long oldPids = pids;
		pids = newPids;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__PIDS, oldPids, pids));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIoWeight() {
		return ioWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIoWeight(int newIoWeight) {
		int oldIoWeight = ioWeight;
		ioWeight = newIoWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.LIMITS__IO_WEIGHT, oldIoWeight, ioWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorralPackage.LIMITS__MEMORY_BYTES:
				return getMemoryBytes();
			case CorralPackage.LIMITS__SWAP_BYTES:
				return getSwapBytes();
			case CorralPackage.LIMITS__CPUS:
				return getCpus();
			case CorralPackage.LIMITS__CPU_WEIGHT:
				return getCpuWeight();
			case CorralPackage.LIMITS__CPUSET:
				return getCpuset();
			case CorralPackage.LIMITS__PIDS:
				return getPids();
			case CorralPackage.LIMITS__IO_WEIGHT:
				return getIoWeight();
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
			case CorralPackage.LIMITS__MEMORY_BYTES:
				setMemoryBytes((Long)newValue);
				return;
			case CorralPackage.LIMITS__SWAP_BYTES:
				setSwapBytes((Long)newValue);
				return;
			case CorralPackage.LIMITS__CPUS:
				setCpus((Double)newValue);
				return;
			case CorralPackage.LIMITS__CPU_WEIGHT:
				setCpuWeight((Integer)newValue);
				return;
			case CorralPackage.LIMITS__CPUSET:
				setCpuset((String)newValue);
				return;
			case CorralPackage.LIMITS__PIDS:
				setPids((Long)newValue);
				return;
			case CorralPackage.LIMITS__IO_WEIGHT:
				setIoWeight((Integer)newValue);
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
			case CorralPackage.LIMITS__MEMORY_BYTES:
				setMemoryBytes(MEMORY_BYTES_EDEFAULT);
				return;
			case CorralPackage.LIMITS__SWAP_BYTES:
				setSwapBytes(SWAP_BYTES_EDEFAULT);
				return;
			case CorralPackage.LIMITS__CPUS:
				setCpus(CPUS_EDEFAULT);
				return;
			case CorralPackage.LIMITS__CPU_WEIGHT:
				setCpuWeight(CPU_WEIGHT_EDEFAULT);
				return;
			case CorralPackage.LIMITS__CPUSET:
				setCpuset(CPUSET_EDEFAULT);
				return;
			case CorralPackage.LIMITS__PIDS:
				setPids(PIDS_EDEFAULT);
				return;
			case CorralPackage.LIMITS__IO_WEIGHT:
				setIoWeight(IO_WEIGHT_EDEFAULT);
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
			case CorralPackage.LIMITS__MEMORY_BYTES:
				return memoryBytes != MEMORY_BYTES_EDEFAULT;
			case CorralPackage.LIMITS__SWAP_BYTES:
				return swapBytes != SWAP_BYTES_EDEFAULT;
			case CorralPackage.LIMITS__CPUS:
				return cpus != CPUS_EDEFAULT;
			case CorralPackage.LIMITS__CPU_WEIGHT:
				return cpuWeight != CPU_WEIGHT_EDEFAULT;
			case CorralPackage.LIMITS__CPUSET:
				return CPUSET_EDEFAULT == null ? cpuset != null : !CPUSET_EDEFAULT.equals(cpuset);
			case CorralPackage.LIMITS__PIDS:
				return pids != PIDS_EDEFAULT;
			case CorralPackage.LIMITS__IO_WEIGHT:
				return ioWeight != IO_WEIGHT_EDEFAULT;
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
		result.append(" (memoryBytes: ");
		result.append(memoryBytes);
		result.append(", swapBytes: ");
		result.append(swapBytes);
		result.append(", cpus: ");
		result.append(cpus);
		result.append(", cpuWeight: ");
		result.append(cpuWeight);
		result.append(", cpuset: ");
		result.append(cpuset);
		result.append(", pids: ");
		result.append(pids);
		result.append(", ioWeight: ");
		result.append(ioWeight);
		result.append(')');
		return result.toString();
	}

} //LimitsImpl
