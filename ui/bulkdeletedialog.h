// SPDX-License-Identifier: Apache-2.0
// BulkDeleteDialog: deletes or restores the selected secrets through a BulkDeleter. Lists them,
// offers scheduled deletion with a 7–30 day recovery window (the default) or "Delete immediately —
// cannot be undone", and enables the button only after the user has typed the confirmation
// (Enter then starts): the number of secrets for a scheduled deletion; for an immediate one
// "DELETE <count>", or the secret's name when there is one. Secrets already pending deletion are
// shown as such and left out of a scheduled deletion.
// Then: progress bar, cancel, one result per secret (with the CSMS code and request id of each
// failure), "Retry failed" and "Copy report". Restore uses the same progress and results.
#pragma once

#include "core/ops/bulkdeleter.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
QT_END_NAMESPACE

namespace keystage::ui {

class BulkDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Delete, Restore };
    Q_ENUM(Purpose)

    BulkDeleteDialog(CsmsClient *client, const QStringList &names, Purpose purpose,
                     QWidget *parent = nullptr);

    BulkDeleter *deleter() const { return m_deleter; }
    QStringList names() const { return m_names; } // all listed
    // Those of names() already pending deletion (the window knows from its list). Scheduling
    // leaves them as they are (CSMS would refuse them with CSMS.0107, and Undo must not restore
    // what this run did not schedule); immediate deletion deletes them with the others.
    void setAlreadyScheduled(const QStringList &names);
    QStringList alreadyScheduled() const; // in list order
    // What a start would send, in list order: names(), less the already scheduled when
    // scheduling.
    QStringList runNames() const;
    // The text the user must type: the number of secrets to schedule; "DELETE <count>" or the
    // one secret's name to delete immediately; empty for Restore.
    QString confirmationText() const;
    bool canStart() const;
    BulkDeleter::Mode mode() const;
    int recoveryWindowDays() const;
    QString report() const; // plain text: one line per secret, then the summary
    // Whether the chosen mode can be undone from Edit > Undo, as the dialog tells the user.
    QString undoNote() const;

    // Result line of one secret as shown in the list (exposed for tests).
    static QString resultText(const BulkItemResult &result);

public Q_SLOTS:
    void start();
    void retryFailed();
    void copyReport();
    void reject() override; // cancels a run first; closes only when nothing runs

Q_SIGNALS:
    void runFinished(const keystage::BulkSummary &summary);

private:
    void updateButtons();
    void startConfirmed(); // start() past the production guard
    void showAlreadyScheduled();
    int runCount() const; // runNames().size(), without building the list
    // runNames() and the list row of each.
    QPair<QStringList, QList<int>> runRows() const;
    void onItemFinished(int index, const BulkItemResult &result);
    void onFinished(const BulkSummary &summary);

    QPointer<CsmsClient> m_client;
    BulkDeleter *m_deleter;
    QStringList m_names;
    QSet<QString> m_alreadyScheduled; // a subset of m_names
    QList<int> m_runRows; // list row of each secret of the run, by the deleter's index
    Purpose m_purpose;
    bool m_started = false;
    QLabel *m_title;
    QListWidget *m_list;
    QHash<int, QIcon> m_statusIcons; // by QStyle::StandardPixmap
    QRadioButton *m_scheduled = nullptr;
    QSpinBox *m_days = nullptr;
    QRadioButton *m_immediate = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLabel *m_undoNote = nullptr;
    QLineEdit *m_confirm = nullptr;
    QProgressBar *m_progress;
    // The bar shows a step at most every ProgressIntervalMs, the last one at once (issue 18).
    void showProgress();
    static constexpr int ProgressIntervalMs = 100;
    QTimer *m_progressTimer;
    QElapsedTimer m_progressShown;
    int m_progressDone = 0;
    int m_progressTotal = 1;
    QLabel *m_summary;
    QPushButton *m_startButton;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
    QPushButton *m_closeButton;
};

} // namespace keystage::ui
