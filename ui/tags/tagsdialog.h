// SPDX-License-Identifier: Apache-2.0
// TagsDialog: "Tags…" of one secret. Reads the secret's tags and the project's (ListProject-
// SecretsTags) when it opens; keys and values are offered from the project's tags as you type.
// Add or set a tag (a key holds one value), select one to edit or remove it; TagRules checks
// each key and value and the 20-tag limit before anything is sent, with the reason under the
// form. Save asks for the profile name on a production profile and writes through SecretAdmin
// (re-read, compare, write, re-read); the change goes on the undo history (AdminCommand).
#pragma once

#include "core/admin/secretadmin.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage::ui {

class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(CsmsClient *client, QUndoStack *history, const QString &secretName,
               const QString &secretId, QWidget *parent = nullptr);
    ~TagsDialog() override;

    bool isLoaded() const { return m_loaded; }
    QList<Tag> tags() const { return m_tags; } // as edited
    QString problem() const; // the reason under the form, empty when none
    QComboBox *keyBox() const { return m_key; }
    QComboBox *valueBox() const { return m_value; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;

public Q_SLOTS:
    void setTag(); // adds the key and value of the editors, or sets the key's value
    void removeSelected();
    void save();

Q_SIGNALS:
    void tagsChanged(const QString &secretName);

private:
    // Reads what the dialog compares with; note: the status line once read.
    void load(const QString &note = {});
    void fillTable();
    void offerValues(const QString &key);
    void updateState();

    QPointer<CsmsClient> m_client;
    QPointer<QUndoStack> m_history;
    QString m_secret;
    QString m_secretId;
    SecretAdmin *m_admin;
    QList<Tag> m_seen;
    QList<Tag> m_tags;
    QHash<QString, QStringList> m_projectTags;
    QTableWidget *m_table;
    QComboBox *m_key;
    QComboBox *m_value;
    QPushButton *m_set;
    QPushButton *m_remove;
    QLabel *m_problem;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace keystage::ui
