// Runs each given command line N times and prints the median, minimum and maximum wall time.
//
//   bench_command_latency RUNS -- PROGRAM [ARGS...] [-- PROGRAM [ARGS...]]...
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

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
    for (const QStringList &command : commands) {
        QList<double> milliseconds;
        for (int i = 0; i < runs + 1; ++i) {
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer timer;
            timer.start();
            process.start(command.first(), command.mid(1));
            process.waitForFinished(-1);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (process.exitCode() != 0) {
                QTextStream(stderr) << command.join(QLatin1Char(' ')) << " failed with exit code "
                                    << process.exitCode() << "\n";
                return 1;
            }
            if (i > 0) // the first run warms the page cache
                milliseconds.append(elapsed);
        }
        std::sort(milliseconds.begin(), milliseconds.end());
        const double median = milliseconds.size() % 2
            ? milliseconds.at(milliseconds.size() / 2)
            : (milliseconds.at(milliseconds.size() / 2 - 1)
               + milliseconds.at(milliseconds.size() / 2))
                / 2;
        out << QStringLiteral("%1 runs  median %2 ms  min %3 ms  max %4 ms  %5")
                   .arg(runs)
                   .arg(median, 0, 'f', 2)
                   .arg(milliseconds.first(), 0, 'f', 2)
                   .arg(milliseconds.last(), 0, 'f', 2)
                   .arg(command.join(QLatin1Char(' ')))
            << Qt::endl;
    }
    return 0;
}
