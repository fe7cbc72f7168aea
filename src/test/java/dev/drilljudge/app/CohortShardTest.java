package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CohortShardTest {

    @Test
    void aStudentsShardIsTheDocumentedHashOfTheName() {
        // 1 + (first 8 bytes of SHA-256(name), unsigned big-endian) mod N; checked against Python's hashlib.
        assertThat(CohortShard.shardOf("alice", 2)).isEqualTo(2);
        assertThat(CohortShard.shardOf("bob", 2)).isEqualTo(1);
        assertThat(CohortShard.shardOf("carol", 2)).isEqualTo(1);
        assertThat(CohortShard.shardOf("dave", 3)).isEqualTo(2);
        assertThat(CohortShard.shardOf("erin", 3)).isEqualTo(1);
        assertThat(CohortShard.shardOf("alice", 4)).isEqualTo(4);
        assertThat(CohortShard.shardOf("anyone", 1)).isEqualTo(1);
    }

    @Test
    void theShardsOfACohortCoverEveryStudentOnce(@TempDir Path cohort) throws Exception {
        for (String student : new String[] {"alice", "bob", "carol", "dave", "erin", ".git"}) {
            Files.createDirectories(cohort.resolve(student));
        }

        assertThat(Cohort.repos(cohort, CohortShard.parse("1/2"))).extracting(PracticeRepo::student)
                .containsExactly("bob", "carol");
        assertThat(Cohort.repos(cohort, CohortShard.parse("2/2"))).extracting(PracticeRepo::student)
                .containsExactly("alice", "dave", "erin");
        assertThat(Cohort.repos(cohort, CohortShard.ALL)).extracting(PracticeRepo::submissionsDir)
                .containsExactly(cohort.resolve("alice/submissions"), cohort.resolve("bob/submissions"),
                        cohort.resolve("carol/submissions"), cohort.resolve("dave/submissions"),
                        cohort.resolve("erin/submissions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/2", "3/2", "2", "a/b", "1/0", "-1/2", ""})
    void aShardThatIsNotKOverNIsBadInput(String text) {
        assertThatThrownBy(() -> CohortShard.parse(text))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--shard " + text + ": give K/N with 1 <= K <= N, e.g. --shard 1/4");
    }

    @Test
    void aCohortFolderWithNoStudentIsBadInput(@TempDir Path cohort) {
        assertThatThrownBy(() -> Cohort.repos(cohort, CohortShard.ALL))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--cohort " + cohort + ": no student folders; expected one practice repo per student, "
                        + "DIR/<student>/submissions/<id>/");
    }

    @Test
    void theRepoRootIsTheNearestGitFolderWhateverTheWorkingDirectory(@TempDir Path temp) throws Exception {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("course/submissions"));
        Files.createDirectories(temp.resolve("plain/submissions"));

        assertThat(PracticeRepo.rootOf(repo.resolve("course/submissions"))).isEqualTo(repo);
        assertThat(PracticeRepo.rootOf(temp.resolve("plain/submissions"))).isEqualTo(temp.resolve("plain"));
    }
}
