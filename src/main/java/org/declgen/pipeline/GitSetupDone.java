package org.declgen.pipeline;

import java.util.Optional;

/**
 * What {@code git-setup} did, step by step, or why it could not.
 *
 * @param repository the repository's top folder
 * @param attributes its .gitattributes, as the user sees it
 * @param attributesWritten false when declgen's lines were there already
 * @param textconv the command git now runs as textconv
 * @param replaced the textconv command the repository had before, when it was another
 * @param textconvWritten false when it was set so already
 * @param cacheWritten false when {@code cachetextconv} was true already
 * @param conversionsCleared true when git's kept conversions were dropped
 * @param schemaFile the editor schema at the repository's top, as the user sees it
 * @param problem a file that could not be read or written: the folder given, .gitattributes, or the
 *     editor schema (which does not stop the rest)
 * @param gitSays what git said when it refused
 */
public record GitSetupDone(
    Outcome outcome,
    String repository,
    String attributes,
    boolean attributesWritten,
    String textconv,
    Optional<String> replaced,
    boolean textconvWritten,
    boolean cacheWritten,
    boolean conversionsCleared,
    Schema schema,
    String schemaFile,
    Optional<FileProblem> problem,
    String gitSays) {
  /** How it ended. */
  public enum Outcome {
    DONE(Verdict.OK),
    /** The folder given does not exist or is no folder. */
    UNUSABLE_FOLDER(Verdict.UNUSABLE),
    NOT_A_REPOSITORY(Verdict.UNUSABLE),
    NO_GIT(Verdict.UNUSABLE),
    /** .gitattributes could not be written. */
    UNWRITABLE(Verdict.UNUSABLE),
    /** git refused to set the config (.git/config not writable, say). */
    CONFIG_FAILED(Verdict.UNUSABLE);

    private final Verdict verdict;

    Outcome(Verdict verdict) {
      this.verdict = verdict;
    }

    public Verdict verdict() {
      return verdict;
    }
  }

  /** What became of the editor schema. */
  public enum Schema {
    WRITTEN,
    UPDATED,
    CURRENT,
    NOT_WRITTEN
  }

  static GitSetupDone failed(Outcome outcome, String where) {
    return new GitSetupDone(
        outcome,
        where,
        "",
        false,
        "",
        Optional.empty(),
        false,
        false,
        false,
        Schema.CURRENT,
        "",
        Optional.empty(),
        "");
  }

  static GitSetupDone failed(Outcome outcome, String where, FileProblem problem) {
    return failed(outcome, where).with(problem);
  }

  GitSetupDone with(FileProblem p) {
    return new GitSetupDone(
        outcome,
        repository,
        attributes,
        attributesWritten,
        textconv,
        replaced,
        textconvWritten,
        cacheWritten,
        conversionsCleared,
        schema,
        schemaFile,
        Optional.of(p),
        gitSays);
  }

  GitSetupDone saying(String git) {
    return new GitSetupDone(
        outcome,
        repository,
        attributes,
        attributesWritten,
        textconv,
        replaced,
        textconvWritten,
        cacheWritten,
        conversionsCleared,
        schema,
        schemaFile,
        problem,
        git);
  }
}
