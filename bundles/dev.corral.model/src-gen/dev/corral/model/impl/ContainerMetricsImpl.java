/**
 */
package dev.corral.model.impl;

import dev.corral.model.ContainerMetrics;
import dev.corral.model.CorralPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getPids <em>Pids</em>}</li>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getRxBytes <em>Rx Bytes</em>}</li>
 *   <li>{@link dev.corral.model.impl.ContainerMetricsImpl#getTxBytes <em>Tx Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMetricsImpl extends MinimalEObjectImpl.Container implements ContainerMetrics {
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
	 * The default value of the '{@link #getRxBytes() <em>Rx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long RX_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRxBytes() <em>Rx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxBytes()
	 * @generated
	 * @ordered
	 */
	protected long rxBytes = RX_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTxBytes() <em>Tx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long TX_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTxBytes() <em>Tx Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxBytes()
	 * @generated
	 * @ordered
	 */
	protected long txBytes = TX_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMetricsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorralPackage.Literals.CONTAINER_METRICS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__TIMESTAMP, oldTimestamp, timestamp));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__CPU_PERCENT, oldCpuPercent, cpuPercent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__MEMORY_BYTES, oldMemoryBytes, memoryBytes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__PIDS, oldPids, pids));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRxBytes() {
		return rxBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRxBytes(long newRxBytes) {
		long oldRxBytes = rxBytes;
		rxBytes = newRxBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__RX_BYTES, oldRxBytes, rxBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTxBytes() {
		return txBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTxBytes(long newTxBytes) {
		long oldTxBytes = txBytes;
		txBytes = newTxBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorralPackage.CONTAINER_METRICS__TX_BYTES, oldTxBytes, txBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorralPackage.CONTAINER_METRICS__TIMESTAMP:
				return getTimestamp();
			case CorralPackage.CONTAINER_METRICS__CPU_PERCENT:
				return getCpuPercent();
			case CorralPackage.CONTAINER_METRICS__MEMORY_BYTES:
				return getMemoryBytes();
			case CorralPackage.CONTAINER_METRICS__PIDS:
				return getPids();
			case CorralPackage.CONTAINER_METRICS__RX_BYTES:
				return getRxBytes();
			case CorralPackage.CONTAINER_METRICS__TX_BYTES:
				return getTxBytes();
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
			case CorralPackage.CONTAINER_METRICS__TIMESTAMP:
				setTimestamp((Long)newValue);
				return;
			case CorralPackage.CONTAINER_METRICS__CPU_PERCENT:
				setCpuPercent((Double)newValue);
				return;
			case CorralPackage.CONTAINER_METRICS__MEMORY_BYTES:
				setMemoryBytes((Long)newValue);
				return;
			case CorralPackage.CONTAINER_METRICS__PIDS:
				setPids((Long)newValue);
				return;
			case CorralPackage.CONTAINER_METRICS__RX_BYTES:
				setRxBytes((Long)newValue);
				return;
			case CorralPackage.CONTAINER_METRICS__TX_BYTES:
				setTxBytes((Long)newValue);
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
			case CorralPackage.CONTAINER_METRICS__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case CorralPackage.CONTAINER_METRICS__CPU_PERCENT:
				setCpuPercent(CPU_PERCENT_EDEFAULT);
				return;
			case CorralPackage.CONTAINER_METRICS__MEMORY_BYTES:
				setMemoryBytes(MEMORY_BYTES_EDEFAULT);
				return;
			case CorralPackage.CONTAINER_METRICS__PIDS:
				setPids(PIDS_EDEFAULT);
				return;
			case CorralPackage.CONTAINER_METRICS__RX_BYTES:
				setRxBytes(RX_BYTES_EDEFAULT);
				return;
			case CorralPackage.CONTAINER_METRICS__TX_BYTES:
				setTxBytes(TX_BYTES_EDEFAULT);
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
			case CorralPackage.CONTAINER_METRICS__TIMESTAMP:
				return timestamp != TIMESTAMP_EDEFAULT;
			case CorralPackage.CONTAINER_METRICS__CPU_PERCENT:
				return cpuPercent != CPU_PERCENT_EDEFAULT;
			case CorralPackage.CONTAINER_METRICS__MEMORY_BYTES:
				return memoryBytes != MEMORY_BYTES_EDEFAULT;
			case CorralPackage.CONTAINER_METRICS__PIDS:
				return pids != PIDS_EDEFAULT;
			case CorralPackage.CONTAINER_METRICS__RX_BYTES:
				return rxBytes != RX_BYTES_EDEFAULT;
			case CorralPackage.CONTAINER_METRICS__TX_BYTES:
				return txBytes != TX_BYTES_EDEFAULT;
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
		result.append(", memoryBytes: ");
		result.append(memoryBytes);
		result.append(", pids: ");
		result.append(pids);
		result.append(", rxBytes: ");
		result.append(rxBytes);
		result.append(", txBytes: ");
		result.append(txBytes);
		result.append(')');
		return result.toString();
	}

} //ContainerMetricsImpl
