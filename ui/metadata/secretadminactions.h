// SPDX-License-Identifier: Apache-2.0
// SecretAdminActions: the window's actions that administer secrets (issue 19): "Edit
// description and KMS key…" and "Tags…" of the one selected secret, "Tag selected secrets…"
// for many. The window adds them to its menus and follows secretChanged(); the dialogs they open
// put their changes on the window's undo history.
#pragma once

#include "core/ops/bulktagger.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QDialog;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace keystage::ui {

class SecretAdminActions : public QObject
{
    Q_OBJECT

public:
    SecretAdminActions(QWidget *window, QUndoStack *history);
    ~SecretAdminActions() override;

    QList<QAction *> actions() const { return {m_metadata, m_tags, m_bulkTag}; }
    QAction *metadataAction() const { return m_metadata; }
    QAction *tagsAction() const { return m_tags; }
    QAction *bulkTagAction() const { return m_bulkTag; }

    void setClient(CsmsClient *client);
    // The secrets selected in the table (name and id); enables the actions.
    void setSelection(const QList<TagTarget> &selected);

public Q_SLOTS:
    void editMetadata();
    void editTags();
    void tagSelected();

Q_SIGNALS:
    // A secret's description, KMS key or tags changed on the server: re-read what shows it.
    void secretChanged(const QString &name);
    void dialogOpened(QDialog *dialog);

private:
    void open(QDialog *dialog);

    QWidget *m_window;
    QPointer<QUndoStack> m_history;
    QPointer<CsmsClient> m_client;
    QList<TagTarget> m_selected;
    QAction *m_metadata;
    QAction *m_tags;
    QAction *m_bulkTag;
};

} // namespace keystage::ui
