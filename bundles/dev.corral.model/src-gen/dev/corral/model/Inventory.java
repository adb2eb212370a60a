/**
 */
package dev.corral.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.Inventory#getHosts <em>Hosts</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getInventory()
 * @model
 * @generated
 */
public interface Inventory extends EObject {
	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.corral.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see dev.corral.model.CorralPackage#getInventory_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

} // Inventory
