package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientWarmUpTest {

    @Test
    void warmUp_getsAnAnswerToEveryRequest_fromItsOwnStandInServer() {
        // DescribeTable, Scan and GetItem each parsed from the stand-in's reply: the whole request path ran.
        assertThat(ClientWarmUp.run()).isTrue();
    }

    @Test
    void inTheBackground_itEndsOnItsOwn_onADaemonThread() throws InterruptedException {
        Thread thread = ClientWarmUp.startInBackground();

        assertThat(thread.isDaemon()).as("never keeps the JVM alive").isTrue();
        thread.join();
        assertThat(thread.isAlive()).isFalse();
    }
}
