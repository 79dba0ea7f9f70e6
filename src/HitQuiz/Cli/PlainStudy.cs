using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>Plain mode's front end for a study request: the exam has its own flow, every other mode asks in turn.</summary>
internal static class PlainStudy
{
    public static int Run(StudyContext context, CliEnvironment env, StudyRequest request) => request.Mode == StudyMode.Exam
        ? new PlainExam(context, env.Input, env.Output, request).Run()
        : new PlainPractice(context, env.Input, env.Output, request).Run();
}
