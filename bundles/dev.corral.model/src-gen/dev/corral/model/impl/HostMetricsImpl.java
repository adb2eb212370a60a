/**
 */
package dev.corral.model.impl;

import dev.corral.model.CorralPackage;
import dev.corral.model.HostMetrics;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getMemoryUsedBytes <em>Memory Used Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getMemoryTotalBytes <em>Memory Total Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getLoad1 <em>Load1</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getLoad5 <em>Load5</em>}</li>
 *   <li>{@link dev.corral.model.impl.HostMetricsImpl#getLoad15 <em>Load15</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostMetricsImpl extends MinimalEObjectImpl.Container implements HostMetrics {
	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMESTAMP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected long timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPercent() <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuPercent() <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPercent()
	 * @generated
	 * @ordered
	 */
	protected double cpuPercent = CPU_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryUsedBytes() <em>Memory Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryUsedBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_USED_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryUsedBytes() <em>Memory Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryUsedBytes()
	 * @generated
	 * @ordered
	 */
	protected long memoryUsedBytes = MEMORY_USED_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryTotalBytes() <em>Memory Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_TOTAL_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryTotalBytes() <em>Memory Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected long memoryTotalBytes = MEMORY_TOTAL_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoad1() <em>Load1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad1()
	 * @generated
	 * @ordered
	 */
	protected static final double LOAD1_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLoad1() <em>Load1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad1()
	 * @generated
	 * @ordered
	 */
	protected double load1 = LOAD1_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoad5() <em>Load5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad5()
	 * @generated
	 * @ordered
	 */
	protected static final double LOAD5_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLoad5() <em>Load5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad5()
	 * @generated
	 * @ordered
	 */
	protected double load5 = LOAD5_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoad15() <em>Load15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad15()
	 * @generated
	 * @ordered
	 */
	protected static final double LOAD15_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLoad15() <em>Load15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoad15()
	 * @generated
	 * @ordered
	 */
	protected double load15 = LOAD15_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostMetricsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorralPackage.Literals.HOST_METRICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(long newTimestamp) {
		long oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuPercent() {
		return cpuPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPercent(double newCpuPercent) {
		double oldCpuPercent = cpuPercent;
		cpuPercent = newCpuPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__CPU_PERCENT, oldCpuPercent, cpuPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryUsedBytes() {
		return memoryUsedBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryUsedBytes(long newMemoryUsedBytes) {
		long oldMemoryUsedBytes = memoryUsedBytes;
		memoryUsedBytes = newMemoryUsedBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__MEMORY_USED_BYTES, oldMemoryUsedBytes, memoryUsedBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryTotalBytes() {
		return memoryTotalBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryTotalBytes(long newMemoryTotalBytes) {
		long oldMemoryTotalBytes = memoryTotalBytes;
		memoryTotalBytes = newMemoryTotalBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__MEMORY_TOTAL_BYTES, oldMemoryTotalBytes, memoryTotalBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoad1() {
		return load1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoad1(double newLoad1) {
		double oldLoad1 = load1;
		load1 = newLoad1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__LOAD1, oldLoad1, load1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoad5() {
		return load5;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoad5(double newLoad5) {
		double oldLoad5 = load5;
		load5 = newLoad5;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__LOAD5, oldLoad5, load5));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoad15() {
		return load15;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoad15(double newLoad15) {
		double oldLoad15 = load15;
		load15 = newLoad15;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.HOST_METRICS__LOAD15, oldLoad15, load15));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorralPackage.HOST_METRICS__TIMESTAMP:
				return getTimestamp();
			case CorralPackage.HOST_METRICS__CPU_PERCENT:
				return getCpuPercent();
			case CorralPackage.HOST_METRICS__MEMORY_USED_BYTES:
				return getMemoryUsedBytes();
			case CorralPackage.HOST_METRICS__MEMORY_TOTAL_BYTES:
				return getMemoryTotalBytes();
			case CorralPackage.HOST_METRICS__LOAD1:
				return getLoad1();
			case CorralPackage.HOST_METRICS__LOAD5:
				return getLoad5();
			case CorralPackage.HOST_METRICS__LOAD15:
				return getLoad15();
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
			case CorralPackage.HOST_METRICS__TIMESTAMP:
				setTimestamp((Long)newValue);
				return;
			case CorralPackage.HOST_METRICS__CPU_PERCENT:
				setCpuPercent((Double)newValue);
				return;
			case CorralPackage.HOST_METRICS__MEMORY_USED_BYTES:
				setMemoryUsedBytes((Long)newValue);
				return;
			case CorralPackage.HOST_METRICS__MEMORY_TOTAL_BYTES:
				setMemoryTotalBytes((Long)newValue);
				return;
			case CorralPackage.HOST_METRICS__LOAD1:
				setLoad1((Double)newValue);
				return;
			case CorralPackage.HOST_METRICS__LOAD5:
				setLoad5((Double)newValue);
				return;
			case CorralPackage.HOST_METRICS__LOAD15:
				setLoad15((Double)newValue);
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
			case CorralPackage.HOST_METRICS__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__CPU_PERCENT:
				setCpuPercent(CPU_PERCENT_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__MEMORY_USED_BYTES:
				setMemoryUsedBytes(MEMORY_USED_BYTES_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__MEMORY_TOTAL_BYTES:
				setMemoryTotalBytes(MEMORY_TOTAL_BYTES_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__LOAD1:
				setLoad1(LOAD1_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__LOAD5:
				setLoad5(LOAD5_EDEFAULT);
				return;
			case CorralPackage.HOST_METRICS__LOAD15:
				setLoad15(LOAD15_EDEFAULT);
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
			case CorralPackage.HOST_METRICS__TIMESTAMP:
				return timestamp != TIMESTAMP_EDEFAULT;
			case CorralPackage.HOST_METRICS__CPU_PERCENT:
				return cpuPercent != CPU_PERCENT_EDEFAULT;
			case CorralPackage.HOST_METRICS__MEMORY_USED_BYTES:
				return memoryUsedBytes != MEMORY_USED_BYTES_EDEFAULT;
			case CorralPackage.HOST_METRICS__MEMORY_TOTAL_BYTES:
				return memoryTotalBytes != MEMORY_TOTAL_BYTES_EDEFAULT;
			case CorralPackage.HOST_METRICS__LOAD1:
				return load1 != LOAD1_EDEFAULT;
			case CorralPackage.HOST_METRICS__LOAD5:
				return load5 != LOAD5_EDEFAULT;
			case CorralPackage.HOST_METRICS__LOAD15:
				return load15 != LOAD15_EDEFAULT;
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
		result.append(" (timestamp: ");
		result.append(timestamp);
		result.append(", cpuPercent: ");
		result.append(cpuPercent);
		result.append(", memoryUsedBytes: ");
		result.append(memoryUsedBytes);
		result.append(", memoryTotalBytes: ");
		result.append(memoryTotalBytes);
		result.append(", load1: ");
		result.append(load1);
		result.append(", load5: ");
		result.append(load5);
		result.append(", load15: ");
		result.append(load15);
		result.append(')');
		return result.toString();
	}

} //HostMetricsImpl
