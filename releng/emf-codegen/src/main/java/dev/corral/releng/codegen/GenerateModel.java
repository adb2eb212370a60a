package dev.corral.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates a model bundle's {@code src-gen/} from its genmodel without an Eclipse workbench.
 * The generator writes into a scratch copy of the project and only {@code src-gen/} is copied
 * back, so hand-maintained files (manifest, plugin.xml) are never touched and every run starts
 * from scratch (no JMerge, whose Java merging would need JDT).
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateModel <path/to/model.genmodel>");
        }
        Path genmodelFile = Path.of(args[0]).toAbsolutePath().normalize();
        Path project = genmodelFile.getParent().getParent();
        Path scratch = Files.createTempDirectory("corral-emf-codegen");
        try {
            GenModel genModel = load(genmodelFile);
            String projectName = projectName(genModel);
            // The genmodel names its output as /<project>/src-gen: point that project at scratch.
            EcorePlugin.getPlatformResourceMap().put(projectName,
                    URI.createFileURI(scratch.toString() + "/"));
            generate(genModel);
            replaceSrcGen(scratch.resolve("src-gen"), project.resolve("src-gen"));
            System.out.println("Generated " + project.resolve("src-gen"));
        } finally {
            deleteTree(scratch);
        }
    }

    private static GenModel load(Path genmodelFile) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Resource resource = resourceSet.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        // Brings the genmodel in line with the .ecore (new classes/features), as the IDE's
        // "Reload" does; saved back only if that changed anything.
        genModel.reconcile();
        // Same layout as the EMF editors write, so IDE and headless saves do not fight.
        resource.save(Map.of(
                Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
                XMLResource.OPTION_LINE_WIDTH, 80,
                XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE));
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid genmodel: " + diagnostic);
        }
        return genModel;
    }

    private static String projectName(GenModel genModel) {
        String modelDirectory = genModel.getModelDirectory();
        String[] segments = modelDirectory.split("/");
        if (segments.length < 3 || !segments[0].isEmpty()) {
            throw new IllegalStateException("Expected modelDirectory /<project>/<folder>, got " + modelDirectory);
        }
        return segments[1];
    }

    private static void generate(GenModel genModel) {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generation failed: " + result);
        }
    }

    private static void replaceSrcGen(Path generated, Path target) throws IOException {
        if (!Files.isDirectory(generated)) {
            throw new IllegalStateException("The generator wrote nothing to " + generated);
        }
        deleteTree(target);
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(generated.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
