/**
 */
package dev.corral.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.corral.model.TaskLog#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see dev.corral.model.CorralPackage#getTaskLog()
 * @model
 * @generated
 */
public interface TaskLog extends EObject {
	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link dev.corral.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see dev.corral.model.CorralPackage#getTaskLog_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

} // TaskLog
