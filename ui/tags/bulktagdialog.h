// SPDX-License-Identifier: Apache-2.0
// BulkTagDialog: adds a tag to, or removes it from, every selected secret through a BulkTagger
// (BatchCreateOrDeleteTags per secret), modelled on BulkDeleteDialog: it lists the secrets, takes
// a key and a value (offered from the project's tags; TagRules checks them before anything is
// sent), asks for the profile name on a production profile, then shows a progress bar, Cancel,
// one result per secret (the CSMS code and request id of each failure), "Retry failed" and
// "Check unconfirmed" (reads the tags of the secrets the service did not answer for). With an
// undo history, every run that changed some secrets is pushed as one BulkTagCommand.
#pragma once

#include "core/ops/bulktagger.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage::ui {

class BulkTagDialog : public QDialog
{
    Q_OBJECT

public:
    BulkTagDialog(CsmsClient *client, const QList<TagTarget> &targets, QWidget *parent = nullptr);
    ~BulkTagDialog() override;

    BulkTagger *tagger() const { return m_tagger; }
    // Where finished runs go as one undo step each (none: runs are not undoable).
    void setUndoHistory(QUndoStack *history) { m_history = history; }
    TagAction action() const;
    QList<Tag> tags() const; // what the editors say
    QString problem() const; // why Start is disabled
    QComboBox *keyBox() const { return m_key; }
    QComboBox *valueBox() const { return m_value; }
    QRadioButton *removeChoice() const { return m_removeChoice; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *retryButton() const { return m_retry; }
    QListWidget *list() const { return m_list; }
    QString summaryText() const;

public Q_SLOTS:
    void start();
    void retryFailed();
    void reject() override; // cancels a running run first

Q_SIGNALS:
    void runFinished(const keystage::BulkSummary &summary);

private:
    void updateState();
    void showResult(int index, const BulkItemResult &result);

    QPointer<CsmsClient> m_client;
    QPointer<QUndoStack> m_history;
    QList<TagTarget> m_targets;
    BulkTagger *m_tagger;
    QRadioButton *m_addChoice;
    QRadioButton *m_removeChoice;
    QComboBox *m_key;
    QComboBox *m_value;
    QListWidget *m_list;
    QProgressBar *m_progress;
    QLabel *m_problem;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_retry;
    QPushButton *m_verify;
    QPushButton *m_close;
    bool m_asking = false;
};

} // namespace keystage::ui
