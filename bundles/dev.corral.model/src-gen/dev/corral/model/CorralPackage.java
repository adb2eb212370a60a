/**
 */
package dev.corral.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see dev.corral.model.CorralFactory
 * @model kind="package"
 * @generated
 */
public interface CorralPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://corral.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "corral";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorralPackage eINSTANCE = dev.corral.model.impl.CorralPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.InventoryImpl <em>Inventory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.InventoryImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getInventory()
	 * @generated
	 */
	int INVENTORY = 0;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY__HOSTS = 0;

	/**
	 * The number of structural features of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Inventory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.HostImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PORT = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__USER = 3;

	/**
	 * The feature id for the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__KEY_FILE = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__STATE = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__FACTS = 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__METRICS = 8;

	/**
	 * The feature id for the '<em><b>Containers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CONTAINERS = 9;

	/**
	 * The feature id for the '<em><b>Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LOCAL = 10;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.HostFactsImpl <em>Host Facts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.HostFactsImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getHostFacts()
	 * @generated
	 */
	int HOST_FACTS = 2;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__KERNEL = 1;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__ARCH = 2;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__CPUS = 3;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__MEMORY_BYTES = 4;

	/**
	 * The feature id for the '<em><b>Disk Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__DISK_TOTAL_BYTES = 5;

	/**
	 * The feature id for the '<em><b>Disk Free Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__DISK_FREE_BYTES = 6;

	/**
	 * The feature id for the '<em><b>Runc Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__RUNC_VERSION = 7;

	/**
	 * The feature id for the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__CRIU_VERSION = 8;

	/**
	 * The feature id for the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__AGENT_VERSION = 9;

	/**
	 * The feature id for the '<em><b>Uptime Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__UPTIME_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS__PROTOCOL_VERSION = 11;

	/**
	 * The number of structural features of the '<em>Host Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Host Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FACTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.HostMetricsImpl <em>Host Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.HostMetricsImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getHostMetrics()
	 * @generated
	 */
	int HOST_METRICS = 3;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Cpu Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__CPU_PERCENT = 1;

	/**
	 * The feature id for the '<em><b>Memory Used Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__MEMORY_USED_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Memory Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__MEMORY_TOTAL_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Load1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__LOAD1 = 4;

	/**
	 * The feature id for the '<em><b>Load5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__LOAD5 = 5;

	/**
	 * The feature id for the '<em><b>Load15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS__LOAD15 = 6;

	/**
	 * The number of structural features of the '<em>Host Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Host Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.ContainerImpl <em>Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.ContainerImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getContainer()
	 * @generated
	 */
	int CONTAINER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__UUID = 1;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__TEMPLATE = 2;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__HOSTNAME = 3;

	/**
	 * The feature id for the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__IP_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__STATE = 5;

	/**
	 * The feature id for the '<em><b>Limits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__LIMITS = 6;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER__METRICS = 7;

	/**
	 * The number of structural features of the '<em>Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.LimitsImpl <em>Limits</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.LimitsImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getLimits()
	 * @generated
	 */
	int LIMITS = 5;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__MEMORY_BYTES = 0;

	/**
	 * The feature id for the '<em><b>Swap Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__SWAP_BYTES = 1;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__CPUS = 2;

	/**
	 * The feature id for the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__CPU_WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Cpuset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__CPUSET = 4;

	/**
	 * The feature id for the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__PIDS = 5;

	/**
	 * The feature id for the '<em><b>Io Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS__IO_WEIGHT = 6;

	/**
	 * The number of structural features of the '<em>Limits</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Limits</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.ContainerMetricsImpl <em>Container Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.ContainerMetricsImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getContainerMetrics()
	 * @generated
	 */
	int CONTAINER_METRICS = 6;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Cpu Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__CPU_PERCENT = 1;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__MEMORY_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__PIDS = 3;

	/**
	 * The feature id for the '<em><b>Rx Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__RX_BYTES = 4;

	/**
	 * The feature id for the '<em><b>Tx Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS__TX_BYTES = 5;

	/**
	 * The number of structural features of the '<em>Container Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Container Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.TaskLogImpl <em>Task Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.TaskLogImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getTaskLog()
	 * @generated
	 */
	int TASK_LOG = 7;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LOG__TASKS = 0;

	/**
	 * The number of structural features of the '<em>Task Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LOG_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Task Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.impl.TaskImpl
	 * @see dev.corral.model.impl.CorralPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__HOST = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATE = 3;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__START_TIME = 4;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__END_TIME = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PROGRESS = 7;

	/**
	 * The feature id for the '<em><b>Agent Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__AGENT_TASK = 8;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.corral.model.ConnectionState <em>Connection State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.ConnectionState
	 * @see dev.corral.model.impl.CorralPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 9;

	/**
	 * The meta object id for the '{@link dev.corral.model.ContainerState <em>Container State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.ContainerState
	 * @see dev.corral.model.impl.CorralPackageImpl#getContainerState()
	 * @generated
	 */
	int CONTAINER_STATE = 10;

	/**
	 * The meta object id for the '{@link dev.corral.model.TaskState <em>Task State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.corral.model.TaskState
	 * @see dev.corral.model.impl.CorralPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 11;


	/**
	 * Returns the meta object for class '{@link dev.corral.model.Inventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory</em>'.
	 * @see dev.corral.model.Inventory
	 * @generated
	 */
	EClass getInventory();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.corral.model.Inventory#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see dev.corral.model.Inventory#getHosts()
	 * @see #getInventory()
	 * @generated
	 */
	EReference getInventory_Hosts();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see dev.corral.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.corral.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see dev.corral.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see dev.corral.model.Host#getPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Port();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see dev.corral.model.Host#getUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_User();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getKeyFile <em>Key File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key File</em>'.
	 * @see dev.corral.model.Host#getKeyFile()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_KeyFile();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dev.corral.model.Host#getState()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_State();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dev.corral.model.Host#getMessage()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Message();

	/**
	 * Returns the meta object for the containment reference '{@link dev.corral.model.Host#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Facts</em>'.
	 * @see dev.corral.model.Host#getFacts()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Facts();

	/**
	 * Returns the meta object for the containment reference '{@link dev.corral.model.Host#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metrics</em>'.
	 * @see dev.corral.model.Host#getMetrics()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.corral.model.Host#getContainers <em>Containers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Containers</em>'.
	 * @see dev.corral.model.Host#getContainers()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Containers();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Host#isLocal <em>Local</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local</em>'.
	 * @see dev.corral.model.Host#isLocal()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Local();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.HostFacts <em>Host Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host Facts</em>'.
	 * @see dev.corral.model.HostFacts
	 * @generated
	 */
	EClass getHostFacts();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see dev.corral.model.HostFacts#getHostname()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see dev.corral.model.HostFacts#getKernel()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see dev.corral.model.HostFacts#getArch()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_Arch();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see dev.corral.model.HostFacts#getCpus()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_Cpus();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see dev.corral.model.HostFacts#getMemoryBytes()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_MemoryBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getDiskTotalBytes <em>Disk Total Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Total Bytes</em>'.
	 * @see dev.corral.model.HostFacts#getDiskTotalBytes()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_DiskTotalBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getDiskFreeBytes <em>Disk Free Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Free Bytes</em>'.
	 * @see dev.corral.model.HostFacts#getDiskFreeBytes()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_DiskFreeBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getRuncVersion <em>Runc Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runc Version</em>'.
	 * @see dev.corral.model.HostFacts#getRuncVersion()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_RuncVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getCriuVersion <em>Criu Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Version</em>'.
	 * @see dev.corral.model.HostFacts#getCriuVersion()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_CriuVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getAgentVersion <em>Agent Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Version</em>'.
	 * @see dev.corral.model.HostFacts#getAgentVersion()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_AgentVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getUptimeSeconds <em>Uptime Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptime Seconds</em>'.
	 * @see dev.corral.model.HostFacts#getUptimeSeconds()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_UptimeSeconds();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostFacts#getProtocolVersion <em>Protocol Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Version</em>'.
	 * @see dev.corral.model.HostFacts#getProtocolVersion()
	 * @see #getHostFacts()
	 * @generated
	 */
	EAttribute getHostFacts_ProtocolVersion();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.HostMetrics <em>Host Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host Metrics</em>'.
	 * @see dev.corral.model.HostMetrics
	 * @generated
	 */
	EClass getHostMetrics();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see dev.corral.model.HostMetrics#getTimestamp()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getCpuPercent <em>Cpu Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Percent</em>'.
	 * @see dev.corral.model.HostMetrics#getCpuPercent()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_CpuPercent();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getMemoryUsedBytes <em>Memory Used Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Used Bytes</em>'.
	 * @see dev.corral.model.HostMetrics#getMemoryUsedBytes()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_MemoryUsedBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getMemoryTotalBytes <em>Memory Total Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Total Bytes</em>'.
	 * @see dev.corral.model.HostMetrics#getMemoryTotalBytes()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_MemoryTotalBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getLoad1 <em>Load1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Load1</em>'.
	 * @see dev.corral.model.HostMetrics#getLoad1()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_Load1();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getLoad5 <em>Load5</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Load5</em>'.
	 * @see dev.corral.model.HostMetrics#getLoad5()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_Load5();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.HostMetrics#getLoad15 <em>Load15</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Load15</em>'.
	 * @see dev.corral.model.HostMetrics#getLoad15()
	 * @see #getHostMetrics()
	 * @generated
	 */
	EAttribute getHostMetrics_Load15();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.Container <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container</em>'.
	 * @see dev.corral.model.Container
	 * @generated
	 */
	EClass getContainer();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.corral.model.Container#getName()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see dev.corral.model.Container#getUuid()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see dev.corral.model.Container#getTemplate()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_Template();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see dev.corral.model.Container#getHostname()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getIpAddress <em>Ip Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Address</em>'.
	 * @see dev.corral.model.Container#getIpAddress()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_IpAddress();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Container#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dev.corral.model.Container#getState()
	 * @see #getContainer()
	 * @generated
	 */
	EAttribute getContainer_State();

	/**
	 * Returns the meta object for the containment reference '{@link dev.corral.model.Container#getLimits <em>Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Limits</em>'.
	 * @see dev.corral.model.Container#getLimits()
	 * @see #getContainer()
	 * @generated
	 */
	EReference getContainer_Limits();

	/**
	 * Returns the meta object for the containment reference '{@link dev.corral.model.Container#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metrics</em>'.
	 * @see dev.corral.model.Container#getMetrics()
	 * @see #getContainer()
	 * @generated
	 */
	EReference getContainer_Metrics();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.Limits <em>Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limits</em>'.
	 * @see dev.corral.model.Limits
	 * @generated
	 */
	EClass getLimits();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see dev.corral.model.Limits#getMemoryBytes()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_MemoryBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getSwapBytes <em>Swap Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swap Bytes</em>'.
	 * @see dev.corral.model.Limits#getSwapBytes()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_SwapBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see dev.corral.model.Limits#getCpus()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_Cpus();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getCpuWeight <em>Cpu Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Weight</em>'.
	 * @see dev.corral.model.Limits#getCpuWeight()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_CpuWeight();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getCpuset <em>Cpuset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpuset</em>'.
	 * @see dev.corral.model.Limits#getCpuset()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_Cpuset();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getPids <em>Pids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pids</em>'.
	 * @see dev.corral.model.Limits#getPids()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_Pids();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Limits#getIoWeight <em>Io Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Io Weight</em>'.
	 * @see dev.corral.model.Limits#getIoWeight()
	 * @see #getLimits()
	 * @generated
	 */
	EAttribute getLimits_IoWeight();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.ContainerMetrics <em>Container Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Metrics</em>'.
	 * @see dev.corral.model.ContainerMetrics
	 * @generated
	 */
	EClass getContainerMetrics();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see dev.corral.model.ContainerMetrics#getTimestamp()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getCpuPercent <em>Cpu Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Percent</em>'.
	 * @see dev.corral.model.ContainerMetrics#getCpuPercent()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_CpuPercent();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see dev.corral.model.ContainerMetrics#getMemoryBytes()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_MemoryBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getPids <em>Pids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pids</em>'.
	 * @see dev.corral.model.ContainerMetrics#getPids()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_Pids();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getRxBytes <em>Rx Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rx Bytes</em>'.
	 * @see dev.corral.model.ContainerMetrics#getRxBytes()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_RxBytes();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.ContainerMetrics#getTxBytes <em>Tx Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tx Bytes</em>'.
	 * @see dev.corral.model.ContainerMetrics#getTxBytes()
	 * @see #getContainerMetrics()
	 * @generated
	 */
	EAttribute getContainerMetrics_TxBytes();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.TaskLog <em>Task Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Log</em>'.
	 * @see dev.corral.model.TaskLog
	 * @generated
	 */
	EClass getTaskLog();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.corral.model.TaskLog#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see dev.corral.model.TaskLog#getTasks()
	 * @see #getTaskLog()
	 * @generated
	 */
	EReference getTaskLog_Tasks();

	/**
	 * Returns the meta object for class '{@link dev.corral.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see dev.corral.model.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.corral.model.Task#getId()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.corral.model.Task#getTitle()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see dev.corral.model.Task#getHost()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Host();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dev.corral.model.Task#getState()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_State();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see dev.corral.model.Task#getStartTime()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see dev.corral.model.Task#getEndTime()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dev.corral.model.Task#getMessage()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Message();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see dev.corral.model.Task#getProgress()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Progress();

	/**
	 * Returns the meta object for the attribute '{@link dev.corral.model.Task#getAgentTask <em>Agent Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Task</em>'.
	 * @see dev.corral.model.Task#getAgentTask()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_AgentTask();

	/**
	 * Returns the meta object for enum '{@link dev.corral.model.ConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection State</em>'.
	 * @see dev.corral.model.ConnectionState
	 * @generated
	 */
	EEnum getConnectionState();

	/**
	 * Returns the meta object for enum '{@link dev.corral.model.ContainerState <em>Container State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Container State</em>'.
	 * @see dev.corral.model.ContainerState
	 * @generated
	 */
	EEnum getContainerState();

	/**
	 * Returns the meta object for enum '{@link dev.corral.model.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task State</em>'.
	 * @see dev.corral.model.TaskState
	 * @generated
	 */
	EEnum getTaskState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CorralFactory getCorralFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.InventoryImpl <em>Inventory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.InventoryImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getInventory()
		 * @generated
		 */
		EClass INVENTORY = eINSTANCE.getInventory();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY__HOSTS = eINSTANCE.getInventory_Hosts();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.HostImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PORT = eINSTANCE.getHost_Port();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__USER = eINSTANCE.getHost_User();

		/**
		 * The meta object literal for the '<em><b>Key File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__KEY_FILE = eINSTANCE.getHost_KeyFile();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__STATE = eINSTANCE.getHost_State();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MESSAGE = eINSTANCE.getHost_Message();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__FACTS = eINSTANCE.getHost_Facts();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__METRICS = eINSTANCE.getHost_Metrics();

		/**
		 * The meta object literal for the '<em><b>Containers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__CONTAINERS = eINSTANCE.getHost_Containers();

		/**
		 * The meta object literal for the '<em><b>Local</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LOCAL = eINSTANCE.getHost_Local();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.HostFactsImpl <em>Host Facts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.HostFactsImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getHostFacts()
		 * @generated
		 */
		EClass HOST_FACTS = eINSTANCE.getHostFacts();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__HOSTNAME = eINSTANCE.getHostFacts_Hostname();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__KERNEL = eINSTANCE.getHostFacts_Kernel();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__ARCH = eINSTANCE.getHostFacts_Arch();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__CPUS = eINSTANCE.getHostFacts_Cpus();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__MEMORY_BYTES = eINSTANCE.getHostFacts_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Disk Total Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__DISK_TOTAL_BYTES = eINSTANCE.getHostFacts_DiskTotalBytes();

		/**
		 * The meta object literal for the '<em><b>Disk Free Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__DISK_FREE_BYTES = eINSTANCE.getHostFacts_DiskFreeBytes();

		/**
		 * The meta object literal for the '<em><b>Runc Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__RUNC_VERSION = eINSTANCE.getHostFacts_RuncVersion();

		/**
		 * The meta object literal for the '<em><b>Criu Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__CRIU_VERSION = eINSTANCE.getHostFacts_CriuVersion();

		/**
		 * The meta object literal for the '<em><b>Agent Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__AGENT_VERSION = eINSTANCE.getHostFacts_AgentVersion();

		/**
		 * The meta object literal for the '<em><b>Uptime Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__UPTIME_SECONDS = eINSTANCE.getHostFacts_UptimeSeconds();

		/**
		 * The meta object literal for the '<em><b>Protocol Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_FACTS__PROTOCOL_VERSION = eINSTANCE.getHostFacts_ProtocolVersion();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.HostMetricsImpl <em>Host Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.HostMetricsImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getHostMetrics()
		 * @generated
		 */
		EClass HOST_METRICS = eINSTANCE.getHostMetrics();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__TIMESTAMP = eINSTANCE.getHostMetrics_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Cpu Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__CPU_PERCENT = eINSTANCE.getHostMetrics_CpuPercent();

		/**
		 * The meta object literal for the '<em><b>Memory Used Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__MEMORY_USED_BYTES = eINSTANCE.getHostMetrics_MemoryUsedBytes();

		/**
		 * The meta object literal for the '<em><b>Memory Total Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__MEMORY_TOTAL_BYTES = eINSTANCE.getHostMetrics_MemoryTotalBytes();

		/**
		 * The meta object literal for the '<em><b>Load1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__LOAD1 = eINSTANCE.getHostMetrics_Load1();

		/**
		 * The meta object literal for the '<em><b>Load5</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__LOAD5 = eINSTANCE.getHostMetrics_Load5();

		/**
		 * The meta object literal for the '<em><b>Load15</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_METRICS__LOAD15 = eINSTANCE.getHostMetrics_Load15();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.ContainerImpl <em>Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.ContainerImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getContainer()
		 * @generated
		 */
		EClass CONTAINER = eINSTANCE.getContainer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__NAME = eINSTANCE.getContainer_Name();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__UUID = eINSTANCE.getContainer_Uuid();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__TEMPLATE = eINSTANCE.getContainer_Template();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__HOSTNAME = eINSTANCE.getContainer_Hostname();

		/**
		 * The meta object literal for the '<em><b>Ip Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__IP_ADDRESS = eINSTANCE.getContainer_IpAddress();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER__STATE = eINSTANCE.getContainer_State();

		/**
		 * The meta object literal for the '<em><b>Limits</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER__LIMITS = eINSTANCE.getContainer_Limits();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER__METRICS = eINSTANCE.getContainer_Metrics();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.LimitsImpl <em>Limits</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.LimitsImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getLimits()
		 * @generated
		 */
		EClass LIMITS = eINSTANCE.getLimits();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__MEMORY_BYTES = eINSTANCE.getLimits_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Swap Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__SWAP_BYTES = eINSTANCE.getLimits_SwapBytes();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__CPUS = eINSTANCE.getLimits_Cpus();

		/**
		 * The meta object literal for the '<em><b>Cpu Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__CPU_WEIGHT = eINSTANCE.getLimits_CpuWeight();

		/**
		 * The meta object literal for the '<em><b>Cpuset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__CPUSET = eINSTANCE.getLimits_Cpuset();

		/**
		 * The meta object literal for the '<em><b>Pids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__PIDS = eINSTANCE.getLimits_Pids();

		/**
		 * The meta object literal for the '<em><b>Io Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITS__IO_WEIGHT = eINSTANCE.getLimits_IoWeight();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.ContainerMetricsImpl <em>Container Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.ContainerMetricsImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getContainerMetrics()
		 * @generated
		 */
		EClass CONTAINER_METRICS = eINSTANCE.getContainerMetrics();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__TIMESTAMP = eINSTANCE.getContainerMetrics_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Cpu Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__CPU_PERCENT = eINSTANCE.getContainerMetrics_CpuPercent();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__MEMORY_BYTES = eINSTANCE.getContainerMetrics_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Pids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__PIDS = eINSTANCE.getContainerMetrics_Pids();

		/**
		 * The meta object literal for the '<em><b>Rx Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__RX_BYTES = eINSTANCE.getContainerMetrics_RxBytes();

		/**
		 * The meta object literal for the '<em><b>Tx Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_METRICS__TX_BYTES = eINSTANCE.getContainerMetrics_TxBytes();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.TaskLogImpl <em>Task Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.TaskLogImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getTaskLog()
		 * @generated
		 */
		EClass TASK_LOG = eINSTANCE.getTaskLog();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_LOG__TASKS = eINSTANCE.getTaskLog_Tasks();

		/**
		 * The meta object literal for the '{@link dev.corral.model.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.impl.TaskImpl
		 * @see dev.corral.model.impl.CorralPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ID = eINSTANCE.getTask_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__TITLE = eINSTANCE.getTask_Title();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__HOST = eINSTANCE.getTask_Host();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATE = eINSTANCE.getTask_State();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__START_TIME = eINSTANCE.getTask_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__END_TIME = eINSTANCE.getTask_EndTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__MESSAGE = eINSTANCE.getTask_Message();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PROGRESS = eINSTANCE.getTask_Progress();

		/**
		 * The meta object literal for the '<em><b>Agent Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__AGENT_TASK = eINSTANCE.getTask_AgentTask();

		/**
		 * The meta object literal for the '{@link dev.corral.model.ConnectionState <em>Connection State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.ConnectionState
		 * @see dev.corral.model.impl.CorralPackageImpl#getConnectionState()
		 * @generated
		 */
		EEnum CONNECTION_STATE = eINSTANCE.getConnectionState();

		/**
		 * The meta object literal for the '{@link dev.corral.model.ContainerState <em>Container State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.ContainerState
		 * @see dev.corral.model.impl.CorralPackageImpl#getContainerState()
		 * @generated
		 */
		EEnum CONTAINER_STATE = eINSTANCE.getContainerState();

		/**
		 * The meta object literal for the '{@link dev.corral.model.TaskState <em>Task State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.corral.model.TaskState
		 * @see dev.corral.model.impl.CorralPackageImpl#getTaskState()
		 * @generated
		 */
		EEnum TASK_STATE = eINSTANCE.getTaskState();

	}

} //CorralPackage
