using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class SchedulerOptionsTests
{
    [Fact]
    public void The_defaults_are_py_fsrs_6_defaults()
    {
        var options = new SchedulerOptions();

        Assert.Equal(21, options.Parameters.Count);
        Assert.Equal(0.1542, options.Parameters[20]);
        Assert.Equal(0.9, options.DesiredRetention);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], options.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], options.RelearningSteps);
        Assert.Equal(36_500, options.MaximumInterval);
        Assert.True(options.EnableFuzzing);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(19)]
    [InlineData(0)]
    public void A_parameter_list_of_the_wrong_length_is_rejected(int count)
    {
        var options = new SchedulerOptions { Parameters = [.. SchedulerOptions.DefaultParameters.Take(count)] };

        var error = Assert.Throws<ArgumentException>(() => new Scheduler(options));

        Assert.Contains($"Expected 21 FSRS parameters, got {count}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.0001, "parameters[0] = 0.0001 is out of bounds [0.001, 100]")]
    [InlineData(4, 10.5, "parameters[4] = 10.5 is out of bounds [1, 10]")]
    [InlineData(7, 0.8, "parameters[7] = 0.8 is out of bounds [0.001, 0.75]")]
    [InlineData(20, 0.05, "parameters[20] = 0.05 is out of bounds [0.1, 0.8]")]
    [InlineData(13, double.NaN, "parameters[13] = NaN is out of bounds [0.001, 0.9]")]
    public void A_parameter_outside_py_fsrs_bounds_is_rejected_with_its_index(int index, double value, string message)
    {
        var parameters = SchedulerOptions.DefaultParameters.ToArray();
        parameters[index] = value;

        var error = Assert.Throws<ArgumentException>(() => new Scheduler(new SchedulerOptions { Parameters = parameters }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_at_their_bounds_are_accepted()
    {
        var parameters = SchedulerOptions.DefaultParameters.ToArray();
        parameters[16] = 1.0;
        parameters[20] = 0.8;

        var scheduler = new Scheduler(new SchedulerOptions { Parameters = parameters });

        Assert.Same(parameters, scheduler.Options.Parameters);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.01)]
    [InlineData(-0.5)]
    public void A_desired_retention_outside_zero_to_one_is_rejected(double retention)
    {
        Assert.Throws<ArgumentException>(() => new Scheduler(new SchedulerOptions { DesiredRetention = retention }));
    }

    [Fact]
    public void A_maximum_interval_below_one_day_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Scheduler(new SchedulerOptions { MaximumInterval = 0 }));
    }

    [Fact]
    public void A_step_that_is_not_positive_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Scheduler(new SchedulerOptions { RelearningSteps = [TimeSpan.Zero] }));
    }
}
