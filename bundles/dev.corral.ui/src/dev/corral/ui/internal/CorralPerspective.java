package dev.corral.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.corral.ui.CorralUi;

/** Fleet on the left, tasks and properties below the (hidden) editor area. */
public class CorralPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        // No editors yet: the views get the whole window.
        layout.setEditorAreaVisible(false);
        layout.addView(CorralUi.FLEET_VIEW_ID, IPageLayout.LEFT, 0.3f, editorArea);
        IFolderLayout bottom = layout.createFolder("dev.corral.ui.folder.bottom", IPageLayout.BOTTOM, 0.65f,
                editorArea);
        bottom.addView(CorralUi.TASKS_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(CorralUi.TERMINAL_VIEW_ID + ":*"); //$NON-NLS-1$
        layout.addShowViewShortcut(CorralUi.FLEET_VIEW_ID);
        layout.addShowViewShortcut(CorralUi.TASKS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
