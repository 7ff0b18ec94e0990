package io.statedesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.LocalEndpoints;
import io.statedesk.engine.scan.ScanRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanSegmentsTest {

    @Test
    void aLocalEmulator_isScannedWithOneSegment_dynamoDbWithFour() {
        LocalEndpoints local = new LocalEndpoints(Set.of("dynamodb.lan"));

        assertThat(ScanSegments.forEndpoint(local, "http://localhost:8000")).isEqualTo(1);
        assertThat(ScanSegments.forEndpoint(local, "http://127.0.0.1:4566")).isEqualTo(1);
        assertThat(ScanSegments.forEndpoint(local, "http://dynamodb.lan:8000")).as("listed in settings").isEqualTo(1);
        assertThat(ScanSegments.forEndpoint(local, null)).as("the region's DynamoDB")
                .isEqualTo(ScanRequest.DEFAULT_SEGMENTS).isEqualTo(4);
        assertThat(ScanSegments.forEndpoint(local, "https://dynamodb.eu-west-1.amazonaws.com")).isEqualTo(4);
    }
}
