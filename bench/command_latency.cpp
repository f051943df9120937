// Runs each given command line N times, in turns, and prints the median, minimum and maximum wall
// time, and the median CPU time (user + system) the process used: on a machine busy with other
// work the wall times grow and scatter, the CPU time much less.
//
//   bench_command_latency RUNS -- PROGRAM [ARGS...] [-- PROGRAM [ARGS...]]...
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// CPU time (user + system) of the children reaped so far, in milliseconds.
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#else
    return 0;
#endif
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values.at(values.size() / 2)
                             : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    bool ok = false;
    const int runs = arguments.isEmpty() ? 0 : arguments.takeFirst().toInt(&ok);
    if (!ok || runs < 1 || arguments.value(0) != QLatin1String("--")) {
        QTextStream(stderr) << "usage: bench_command_latency RUNS -- PROGRAM [ARGS...] [-- ...]\n";
        return 64;
    }

    QList<QStringList> commands;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            commands.append(QStringList());
        else
            commands.last().append(argument);
    }
    // Round-robin: run i of every command, then run i + 1 of every command, so that a machine
    // whose load changes during the benchmark weighs on all of them alike. Round 0 warms the
    // page cache and is not counted.
    QList<QList<double>> milliseconds(commands.size());
    QList<QList<double>> cpuMilliseconds(commands.size());
    for (int i = 0; i < runs + 1; ++i) {
        for (qsizetype c = 0; c < commands.size(); ++c) {
            const QStringList &command = commands.at(c);
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer timer;
            const double cpuBefore = childrenCpuMs();
            timer.start();
            process.start(command.first(), command.mid(1));
            process.waitForFinished(-1);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            const double cpu = childrenCpuMs() - cpuBefore;
            if (process.exitCode() != 0) {
                QTextStream(stderr) << command.join(QLatin1Char(' ')) << " failed with exit code "
                                    << process.exitCode() << "\n";
                return 1;
            }
            if (i > 0) {
                milliseconds[c].append(elapsed);
                cpuMilliseconds[c].append(cpu);
            }
        }
    }
    for (qsizetype c = 0; c < commands.size(); ++c) {
        QList<double> &wall = milliseconds[c];
        std::sort(wall.begin(), wall.end());
        out << QStringLiteral("%1 runs  median %2 ms  min %3 ms  max %4 ms  cpu %5 ms  %6")
                   .arg(runs)
                   .arg(median(wall), 0, 'f', 2)
                   .arg(wall.first(), 0, 'f', 2)
                   .arg(wall.last(), 0, 'f', 2)
                   .arg(median(cpuMilliseconds[c]), 0, 'f', 2)
                   .arg(commands.at(c).join(QLatin1Char(' ')))
            << Qt::endl;
    }
    return 0;
}
