package io.statedesk.cli;

import java.nio.file.Path;
import java.util.List;

/** Reads Dapr component files for the command line: the stores to work on, and what is wrong with them. */
interface ComponentSource {

    /** Every {@code state.aws.dynamodb} component in the file or folder, secrets resolved. */
    List<DynamoDbComponent> dynamoDbComponents(Path fileOrFolder);

    /** Every problem in the file or folder, in file and line order. */
    List<Finding> validate(Path fileOrFolder);
}
