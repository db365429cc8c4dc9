package khabar.es;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.elasticsearch.analysis.common.CommonAnalysisPlugin;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.mapper.MapperExtrasPlugin;
import org.elasticsearch.index.reindex.ReindexPlugin;
import org.elasticsearch.ingest.common.IngestCommonPlugin;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.painless.PainlessPlugin;
import org.elasticsearch.percolator.PercolatorPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.script.mustache.MustachePlugin;
import org.elasticsearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.elasticsearch.transport.Netty4Plugin;

/**
 * Runs one Elasticsearch 7.10.2 node in this JVM with the stock modules loaded from the classpath.
 *
 * <p>Usage: {@code java -Des.path.conf=DIR -cp LIB/* khabar.es.KhabarNode -Epath.home=HOME -Ekey=value ...}.
 * The jars come from Maven Central (see pom.xml); no tarball, no plugin folders.
 */
public final class KhabarNode {

    /** The modules a stock node would load from its modules/ folder. */
    private static final List<Class<? extends Plugin>> MODULES = List.of(
            CommonAnalysisPlugin.class,
            Netty4Plugin.class,
            ReindexPlugin.class,
            MapperExtrasPlugin.class,
            PainlessPlugin.class,
            MustachePlugin.class,
            IngestCommonPlugin.class,
            MatrixAggregationPlugin.class,
            PercolatorPlugin.class);

    /** Node's plugin-list constructor is protected; this subclass opens it. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private KhabarNode() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> properties = parseSettings(args);
        Path configDir = Path.of(System.getProperty("es.path.conf", "config")).toAbsolutePath();

        LogConfigurator.registerErrorListener();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                Settings.EMPTY, properties, configDir, () -> "khabar");
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment);

        Node node = new ClasspathNode(environment, MODULES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                LogManager.getLogger(KhabarNode.class).warn("failed to close the node", e);
            } finally {
                Configurator.shutdown(org.apache.logging.log4j.core.LoggerContext.getContext(false));
                stopped.countDown();
            }
        }, "khabar-node-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            LogManager.getLogger(KhabarNode.class).error("node failed to start", e);
            System.err.println("node failed to start: " + e);
            System.exit(1);
        }
        // Node threads are daemons: this non-daemon wait keeps the JVM alive until SIGTERM.
        stopped.await();
    }

    /** Reads {@code -Ekey=value} arguments, as the elasticsearch launcher does. */
    private static Map<String, String> parseSettings(String[] args) {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("-E") || arg.indexOf('=') < 0) {
                throw new IllegalArgumentException("expected -Ekey=value, got: " + arg);
            }
            int eq = arg.indexOf('=');
            settings.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return settings;
    }
}
