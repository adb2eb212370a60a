/**
 */
package dev.corral.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link dev.corral.model.Host#getAddress <em>Address</em>}</li>
 *   <li>{@link dev.corral.model.Host#getPort <em>Port</em>}</li>
 *   <li>{@link dev.corral.model.Host#getUser <em>User</em>}</li>
 *   <li>{@link dev.corral.model.Host#getKeyFile <em>Key File</em>}</li>
 *   <li>{@link dev.corral.model.Host#getState <em>State</em>}</li>
 *   <li>{@link dev.corral.model.Host#getMessage <em>Message</em>}</li>
 *   <li>{@link dev.corral.model.Host#getFacts <em>Facts</em>}</li>
 *   <li>{@link dev.corral.model.Host#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link dev.corral.model.Host#getContainers <em>Containers</em>}</li>
 *   <li>{@link dev.corral.model.Host#isLocal <em>Local</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.corral.model.CorralPackage#getHost_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see dev.corral.model.CorralPackage#getHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"2222"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see dev.corral.model.CorralPackage#getHost_Port()
	 * @model default="2222"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see dev.corral.model.CorralPackage#getHost_User()
	 * @model default="root"
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key File</em>' attribute.
	 * @see #setKeyFile(String)
	 * @see dev.corral.model.CorralPackage#getHost_KeyFile()
	 * @model
	 * @generated
	 */
	String getKeyFile();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getKeyFile <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key File</em>' attribute.
	 * @see #getKeyFile()
	 * @generated
	 */
	void setKeyFile(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"DISCONNECTED"</code>.
	 * The literals are from the enumeration {@link dev.corral.model.ConnectionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see dev.corral.model.ConnectionState
	 * @see #setState(ConnectionState)
	 * @see dev.corral.model.CorralPackage#getHost_State()
	 * @model default="DISCONNECTED" transient="true"
	 * @generated
	 */
	ConnectionState getState();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see dev.corral.model.ConnectionState
	 * @see #getState()
	 * @generated
	 */
	void setState(ConnectionState value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see dev.corral.model.CorralPackage#getHost_Message()
	 * @model transient="true"
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference.
	 * @see #setFacts(HostFacts)
	 * @see dev.corral.model.CorralPackage#getHost_Facts()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	HostFacts getFacts();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getFacts <em>Facts</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facts</em>' containment reference.
	 * @see #getFacts()
	 * @generated
	 */
	void setFacts(HostFacts value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference.
	 * @see #setMetrics(HostMetrics)
	 * @see dev.corral.model.CorralPackage#getHost_Metrics()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	HostMetrics getMetrics();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#getMetrics <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metrics</em>' containment reference.
	 * @see #getMetrics()
	 * @generated
	 */
	void setMetrics(HostMetrics value);

	/**
	 * Returns the value of the '<em><b>Containers</b></em>' containment reference list.
	 * The list contents are of type {@link dev.corral.model.Container}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containers</em>' containment reference list.
	 * @see dev.corral.model.CorralPackage#getHost_Containers()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Container> getContainers();

	/**
	 * Returns the value of the '<em><b>Local</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local</em>' attribute.
	 * @see #setLocal(boolean)
	 * @see dev.corral.model.CorralPackage#getHost_Local()
	 * @model
	 * @generated
	 */
	boolean isLocal();

	/**
	 * Sets the value of the '{@link dev.corral.model.Host#isLocal <em>Local</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local</em>' attribute.
	 * @see #isLocal()
	 * @generated
	 */
	void setLocal(boolean value);

} // Host
