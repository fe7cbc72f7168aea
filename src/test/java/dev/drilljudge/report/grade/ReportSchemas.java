package dev.drilljudge.report.grade;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validation of the CI reports against the schemas shipped as test data (src/test/resources/schemas/). */
public final class ReportSchemas {
    private static final JsonSchema SARIF = loadSarif();
    private static final Schema JUNIT = loadJunit();

    private ReportSchemas() {
    }

    /** Throws a SAXException naming the first violation of the Surefire/JUnit XML schema. */
    public static void validateJunitXml(String xml) throws Exception {
        JUNIT.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** The violations of the SARIF 2.1.0 JSON schema; empty when the log is valid. */
    public static Set<ValidationMessage> sarifErrors(String sarif) throws IOException {
        return SARIF.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif));
    }

    private static JsonSchema loadSarif() {
        try (InputStream schema = ReportSchemas.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema loadJunit() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                    new StreamSource(ReportSchemas.class.getResourceAsStream("/schemas/junit-surefire.xsd")));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("the JUnit XML schema does not load", e);
        }
    }
}
