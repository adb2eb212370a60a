package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The test runtime holds the product's feature: a bundle left INSTALLED lacks a dependency the
 * target platform or the feature should provide, which otherwise only shows when that code runs.
 */
class RuntimeResolutionTest {

    @Test
    void everyBundleOfTheRuntimeResolves() {
        Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
        List<String> unresolved = Arrays.stream(bundles)
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion())
                .toList();
        assertEquals(List.of(), unresolved);
    }
}
