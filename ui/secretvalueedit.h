// SPDX-License-Identifier: Apache-2.0
// SecretValueEdit: the multi-line editor for a new secret value (plain text, JSON...), and, read
// only, the value panel's view of a stored one. Its text is never logged; wipe() overwrites what
// it can reach (the document and every copy handed out by takeValue()) before clearing it. Every
// way text leaves it (Ctrl+C, cut, a drag, the X11 selection of a mouse selection) goes through
// createMimeDataFromSelection(), which marks the data as a password and hands it to the
// ClipboardGuard, so that copy too is cleared after the delay.
// With enableMasking() (New secret, New version) a value is typed masked, as a password is: the
// document holds one dot per character and the line breaks, the value itself is kept aside, and
// a Show / Hide button in the editor's corner (Tab reaches it) shows it; wipe() masks it again.
#pragma once

#include "ui/plaintextedit.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QToolButton;
QT_END_NAMESPACE

namespace keystage::ui {

class ClipboardGuard;

class SecretValueEdit : public PlainTextEdit
{
    Q_OBJECT

public:
    explicit SecretValueEdit(QWidget *parent = nullptr);
    ~SecretValueEdit() override;

    // CSMS takes a value of at most this many characters (secret_string).
    static constexpr int maxLength = 32768;

    bool isEmpty() const;
    int length() const;
    // Why the value cannot be sent as it is (too long), translated; empty when it can.
    QString lengthProblem() const;
    QString value() const; // a copy: the caller wipes it (wipeString)
    void wipe();
    // Without a guard, copies are still marked as passwords but nothing clears them.
    void setClipboardGuard(ClipboardGuard *guard);

    // Typed masked from now on, with the Show / Hide button.
    void enableMasking();
    bool isMasked() const { return m_masked; }
    QToolButton *showButton() const { return m_show; }

    static void wipeString(QString &text);

public Q_SLOTS:
    void setMasked(bool masked);

Q_SIGNALS:
    void maskedChanged(bool masked);

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void noteChange(int position, int removed, int added);
    void maskChanges();
    void replaceDocument(const QString &text); // same length: the cursor stays where it was
    void placeShowButton();
    void updateShowButton();

    QPointer<ClipboardGuard> m_guard;
    QToolButton *m_show;
    bool m_masking = false;
    bool m_masked = false;
    bool m_syncing = false;
    // While masked: the value in the document's own units (U+2029 between paragraphs), and the
    // document's text as last masked. Position n of one is position n of the other.
    QString m_real;
    QString m_shown;
    int m_changeFrom = -1;
    int m_changeRemoved = 0;
    int m_changeAdded = 0;
};

} // namespace keystage::ui
