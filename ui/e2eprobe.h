// SPDX-License-Identifier: Apache-2.0
// E2eProbe: a test hook for the end-to-end test (KEYSTAGE_E2E=1). It writes, to the file named by
// KEYSTAGE_E2E_FILE, the screen positions of the visible secrets rows, the stage chips and the
// version rows of the board, so that xdotool can press and drag real chips. Identifiers and
// coordinates only. Off unless the environment asks for it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace keystage::ui {

class StageBoardView;

class E2eProbe : public QObject
{
    Q_OBJECT

public:
    E2eProbe(QTableView *secrets, StageBoardView *board, const QString &file, QObject *parent);
    // A probe when KEYSTAGE_E2E=1 and KEYSTAGE_E2E_FILE are set, else nullptr.
    static E2eProbe *fromEnvironment(QTableView *secrets, StageBoardView *board, QObject *parent);

    QString snapshot() const;

private:
    void write();

    QPointer<QTableView> m_secrets;
    QPointer<StageBoardView> m_board;
    QString m_file;
    QString m_last;
    QTimer m_timer;
};

} // namespace keystage::ui
