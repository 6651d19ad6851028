<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../core/support/Profiles.cpp" line="+60"/>
        <source>user %1</source>
        <translation>defnyddiwr %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/GuiCompositionRoot.cpp" line="+127"/>
        <source>%1 (read-only: %2)</source>
        <translation>%1 (darllen yn unig: %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1

The workbench stays on %2.</source>
        <translation>%1

Mae’r fainc waith yn aros ar %2.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Check the address and that the server is running (your IT department can tell), or work on the case store file on this computer for now.</source>
        <translation>Gwiriwch y cyfeiriad a bod y gweinydd yn rhedeg (gall eich adran TG ddweud), neu gweithiwch ar ffeil y storfa achosion ar y cyfrifiadur hwn am y tro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the store file on this computer</source>
        <translation>Agor ffeil y storfa ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../core/intake/ReferenceAllocator.cpp" line="+24"/>
        <source>The reference pattern &quot;%1&quot; cannot be used: %2. Use fields such as {seq}, {seq:4}, {yy}, {yyyy} and {mm}, for example &quot;{seq}_{yy}&quot;.</source>
        <translation>Ni ellir defnyddio’r patrwm cyfeirnod “%1”: %2. Defnyddiwch feysydd fel {seq}, {seq:4}, {yy}, {yyyy} a {mm}, er enghraifft “{seq}_{yy}”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{%1} is not a field it knows</source>
        <translation>nid yw {%1} yn faes y mae’n ei adnabod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only {seq} takes a width</source>
        <translation>dim ond {seq} sy’n cymryd lled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a brace is not part of a field</source>
        <translation>nid yw cromfach yn rhan o faes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must contain {seq} exactly once</source>
        <translation>rhaid iddo gynnwys {seq} unwaith yn union</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first running number must be a whole number from 1 to %1; %2 cannot be used.</source>
        <translation>Rhaid i’r rhif rhedol cyntaf fod yn rhif cyfan o 1 i %1; ni ellir defnyddio %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The reference &quot;%1&quot; cannot be used: %2.</source>
        <translation>Ni ellir defnyddio’r cyfeirnod “%1”: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the reference, or leave the one offered.</source>
        <translation>Teipiwch y cyfeirnod, neu gadewch yr un a gynigir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the spaces at its start or end</source>
        <translation>tynnwch y bylchau ar ei ddechrau neu ei ddiwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is %1 characters long; use 64 at most</source>
        <translation>mae’n %1 nod o hyd; defnyddiwch 64 ar y mwyaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be part of a file name on every system; use letters, digits, spaces, - or _ instead</source>
        <translation>ni all “%1” fod yn rhan o enw ffeil ar bob system; defnyddiwch lythrennau, digidau, bylchau, - neu _ yn lle hynny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds an invisible or control character (U+%1); type it again</source>
        <translation>mae’n cynnwys nod anweledig neu nod rheoli (U+%1); teipiwch ef eto</translation>
    </message>
    <message>
        <location filename="../../core/intake/RequestValidity.cpp" line="+14"/>
        <source>A request under the Act must be in writing (s8(1)(a)). Ask the requester to write in, or handle it under the EIR if the information is environmental.</source>
        <translation>Rhaid i gais o dan y Ddeddf fod yn ysgrifenedig (adran 8(1)(a)). Gofynnwch i’r ymgeisydd ysgrifennu, neu ymdriniwch ag ef o dan yr EIR os yw’r wybodaeth yn amgylcheddol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No name for the requester: a valid request states the requester&apos;s real name (s8(1)(b)).</source>
        <translation>Dim enw ar gyfer yr ymgeisydd: mae cais dilys yn nodi enw go iawn yr ymgeisydd (adran 8(1)(b)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No address for correspondence: give an email or postal address to reply to (s8(1)(b)).</source>
        <translation>Dim cyfeiriad ar gyfer gohebiaeth: rhowch gyfeiriad e-bost neu bost i ymateb iddo (adran 8(1)(b)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No description of the information wanted (s8(1)(c)): paste the request as received.</source>
        <translation>Dim disgrifiad o’r wybodaeth y gofynnir amdani (adran 8(1)(c)): gludwch y cais fel y’i derbyniwyd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of receipt is in the future.</source>
        <translation>Mae’r dyddiad derbyn yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../../core/review/CaseDifference.cpp" line="+158"/>
        <source>Question %1</source>
        <translation>Cwestiwn %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim %1</source>
        <translation>Hawliad %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole entry</source>
        <translation>y cofnod cyfan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/CalendarImportService.cpp" line="+19"/>
        <location filename="../../ui/settings/CalendarImportPage.cpp" line="+24"/>
        <source>no years</source>
        <translation>dim blynyddoedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/settings/CalendarImportPage.cpp" line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bank holidays were imported, but the due dates kept with the open cases could not be counted again: %1 Import the file again to count them.</source>
        <translation>Mewnforiwyd y gwyliau banc, ond nid oedd modd cyfrif eto’r dyddiadau cau a gedwir gyda’r achosion agored: %1 Mewnforiwch y ffeil eto i’w cyfrif.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported bank holidays for %1.</source>
        <translation>Mewnforiwyd gwyliau banc ar gyfer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no open cases whose due dates could move.</source>
        <translation>Nid oes achosion agored y gallai eu dyddiadau cau symud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date of the one open case stays as it was.</source>
        <translation>Mae dyddiad cau’r un achos agored yn aros fel yr oedd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due dates of the %1 open cases stay as they were.</source>
        <translation>Mae dyddiadau cau’r %1 achos agored yn aros fel yr oeddent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due dates moved for %1 of %2 open cases:</source>
        <translation>Symudodd y dyddiadau cau ar gyfer %1 o %2 achos agored:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 o %2 i %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and %1 more</source>
        <translation>a %1 arall</translation>
    </message>
    <message>
        <location filename="../../core/services/CaseTimetable.cpp" line="+29"/>
        <source>%1: request received</source>
        <translation>%1: derbyniwyd y cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: day 0, the count starts the next working day</source>
        <translation>%1: diwrnod 0, mae’r cyfrif yn dechrau’r diwrnod gwaith nesaf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a working day (%2)</source>
        <translation>%1: nid yw’n ddiwrnod gwaith (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: does not count, waiting for the fee (s10(2))</source>
        <translation>%1: nid yw’n cyfrif, yn aros am y ffi (adran 10(2))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: working day %2</source>
        <translation>%1: diwrnod gwaith %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by the end of %1 (%2 working days).</source>
        <translation>Yn ddyledus erbyn diwedd %1 (%2 diwrnod gwaith).</translation>
    </message>
    <message>
        <location filename="../../core/services/ReplyService.cpp" line="+112"/>
        <source>The authority profile says nowhere to write for an internal review. Fill in the review contact (or the FOI unit&apos;s email) in Settings, Authority, then use the standard paragraphs again.</source>
        <translation>Nid yw proffil yr awdurdod yn dweud ble i ysgrifennu am adolygiad mewnol. Llenwch y cyswllt adolygu (neu e-bost yr uned rhyddid gwybodaeth) yn Gosodiadau, Awdurdod, yna defnyddiwch y paragraffau safonol eto.</translation>
    </message>
    <message>
        <location filename="../../core/services/SentReplyService.cpp" line="+152"/>
        <source>The amended decision reads as the letter sent on %1 did, so there is nothing to correct. Change the decision first, then send the correction letter.</source>
        <translation>Mae’r penderfyniad diwygiedig yn darllen fel y llythyr a anfonwyd ar %1, felly nid oes dim i’w gywiro. Newidiwch y penderfyniad yn gyntaf, yna anfonwch y llythyr cywiro.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 The reply was not recorded as sent.</source>
        <translation>%1 Ni chofnodwyd bod yr ymateb wedi’i anfon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written, but could not be recorded as sent: %2 Do not send it yet; export the final reply again.</source>
        <translation>Ysgrifennwyd %1, ond nid oedd modd cofnodi ei fod wedi’i anfon: %2 Peidiwch â’i anfon eto; allforiwch yr ymateb terfynol eto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The requester&apos;s details were erased from this reply, so only its record and SHA-256 remain.</source>
        <translation>Dilëwyd manylion yr ymgeisydd o’r ymateb hwn, felly dim ond ei gofnod a’i SHA-256 sy’n weddill.</translation>
    </message>
    <message>
        <location filename="../../core/support/TypedDate.cpp" line="+19"/>
        <source>“%1” is not understood as a date: %2 %3</source>
        <translation>Ni ddeellir “%1” fel dyddiad: %2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>there is no month %1.</source>
        <translation>nid oes mis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no day %2.</source>
        <translation>nid oes diwrnod %2 yn %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing was typed.</source>
        <translation>ni theipiwyd dim.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a month.</source>
        <translation>nid yw “%1” yn fis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the year is missing.</source>
        <translation>mae’r flwyddyn ar goll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day, month and year could not be told apart.</source>
        <translation>nid oedd modd gwahaniaethu rhwng y diwrnod, y mis a’r flwyddyn.</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure/DisclosureLogDialog.cpp" line="+28"/>
        <source>Requester&apos;s name</source>
        <translation>Enw’r ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester&apos;s email</source>
        <translation>E-bost yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester&apos;s address</source>
        <translation>Cyfeiriad yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester&apos;s postcode</source>
        <translation>Cod post yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To decide</source>
        <translation>I’w benderfynu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacted (always)</source>
        <translation>Wedi’i olygu allan (bob amser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redacted</source>
        <translation>Wedi’i olygu allan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: %1</source>
        <translation>Wedi’i gadw: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft, prepared by %1</source>
        <translation>drafft, wedi’i baratoi gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for approval (prepared by %1)</source>
        <translation>yn aros am gymeradwyaeth (wedi’i baratoi gan %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned to %1: %2</source>
        <translation>wedi’i ddychwelyd at %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1 on %2</source>
        <translation>wedi’i gymeradwyo gan %1 ar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>published, amended on %1 (first published %2)</source>
        <translation>wedi’i gyhoeddi, wedi’i ddiwygio ar %1 (cyhoeddwyd gyntaf %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published on %1</source>
        <translation>wedi’i gyhoeddi ar %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>; %1 of %2 hits to decide (the requester&apos;s own details are always redacted)</source>
        <translation>; %1 o %2 canlyniad i’w penderfynu (caiff manylion yr ymgeisydd ei hun eu golygu allan bob amser)</translation>
    </message>
    <message>
        <location filename="../../ui/review/MattersReviewPage.cpp" line="+20"/>
        <location filename="../../ui/review/ReviewModeWindow.cpp" line="+41"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet decided</source>
        <translation>heb benderfynu eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (to the ICO: %2)</source>
        <translation>%1 (i’r ICO: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/workspace/MattersStep.cpp" line="+61"/>
        <source>any other information</source>
        <translation>unrhyw wybodaeth arall</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/workspace/MattersStep.cpp" line="+4"/>
        <source>Q%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/workspace/MattersStep.cpp" line="+2"/>
        <source>%1: the answer</source>
        <translation>%1: yr ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/workspace/MattersStep.cpp" line="+1"/>
        <source>%1 for %2</source>
        <translation>%1 ar gyfer %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal review %1</source>
        <translation>Adolygiad mewnol %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked for</source>
        <translation>Gofynnwyd amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they may decide</source>
        <translation>Pam y cânt benderfynu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decides as at</source>
        <translation>Yn penderfynu fel ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original (SHA-256)</source>
        <translation>Gwreiddiol (SHA-256)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/statistics/StatisticsCharts.cpp" line="+67"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released now</source>
        <translation>Wedi’i ryddhau nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Penderfynwyd ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information Commissioner %1</source>
        <translation>Comisiynydd Gwybodaeth %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICO reference</source>
        <translation>Cyfeirnod yr ICO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter received</source>
        <translation>Llythyr wedi’i dderbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ICO asked</source>
        <translation>Yr hyn a ofynnodd yr ICO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2%3%4</source>
        <translation>Cam %1: %2%3%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (done %1)</source>
        <translation> (gwnaed %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision notice</source>
        <translation>Hysbysiad penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: %3</source>
        <translation>%1 o %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lodged %2 by the %3: %4</source>
        <translation>%1 wedi’i gyflwyno %2 gan yr %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authority</source>
        <translation>awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requester</source>
        <translation>ymgeisydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>yn yr arfaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended %1</source>
        <translation>daeth i ben %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>daeth i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeals</source>
        <translation>Apeliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Caewyd ar</translation>
    </message>
    <message>
        <location filename="../../ui/review/ReviewActions.cpp" line="+25"/>
        <source>Review bundles (*.foireview)</source>
        <translation>Bwndeli adolygu (*.foireview)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review responses (*.foiresponse)</source>
        <translation>Ymatebion adolygu (*.foiresponse)</translation>
    </message>
    <message>
        <location filename="../../ui/review/ReviewModeWindow.cpp" line="+15"/>
        <source>    evidence: %1 (SHA-256 %2…)</source>
        <translation>    tystiolaeth: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    no evidence cited</source>
        <translation>    dim tystiolaeth wedi’i dyfynnu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/ReviewKeysPage.cpp" line="+21"/>
        <source>Public key files (*.pub *.txt);;All files (*)</source>
        <translation>Ffeiliau allwedd gyhoeddus (*.pub *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/StatisticsCharts.cpp" line="-36"/>
        <source>Over %1 working days</source>
        <translation>Dros %1 diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 working days</source>
        <translation>%1 i %2 diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received and answered per month</source>
        <translation>Wedi’u derbyn a’u hateb bob mis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Wedi’u hateb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered in time</source>
        <translation>Wedi’u hateb mewn pryd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Wedi’u cyfrif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In time</source>
        <translation>Mewn pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share in time (%)</source>
        <translation>Cyfran mewn pryd (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ICO band</source>
        <translation>Band yr ICO</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Most used exemptions</source>
        <translation>Yr eithriadau a ddefnyddir fwyaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision</source>
        <translation>Darpariaeth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open requests by age</source>
        <translation>Ceisiadau agored yn ôl oed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Share answered in time</source>
        <translation>Cyfran a atebwyd mewn pryd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % (ICO: good)</source>
        <translation>95 % (ICO: da)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90 % (ICO: adequate)</source>
        <translation>90 % (ICO: digonol)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not yet processed</source>
        <translation>Heb ei brosesu eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted in full</source>
        <translation>Caniatawyd yn llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly disclosed and partly refused</source>
        <translation>Wedi’i ddatgelu’n rhannol a’i wrthod yn rhannol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly disclosed and partly not held</source>
        <translation>Wedi’i ddatgelu’n rhannol a heb ei chadw’n rhannol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused in full: not held</source>
        <translation>Wedi’i wrthod yn llawn: heb ei chadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused in full</source>
        <translation>Wedi’i wrthod yn llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed or withdrawn</source>
        <translation>Wedi dod i ben neu wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/MattersStep.cpp" line="-20"/>
        <source>Not yet decided</source>
        <translation>Heb ei benderfynu eto</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../core/support/InterfaceLanguage.cpp" line="+13"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
</context>
<context>
    <name>foi::core</name>
    <message>
        <location filename="../../core/services/AggregationFinder.cpp" line="+36"/>
        <source>the same requester&apos;s name</source>
        <translation>yr un enw ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same email address</source>
        <translation>yr un cyfeiriad e-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same postal address</source>
        <translation>yr un cyfeiriad post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wording alike (%1 of %2 distinctive words: %3)</source>
        <translation>geiriad tebyg (%1 o %2 gair nodedig: %3)</translation>
    </message>
    <message>
        <location filename="../../core/services/CaseChangeDescriber.cpp" line="+104"/>
        <source>recorded the request as withdrawn on %1, because: ‘%2’</source>
        <translation>cofnododd fod y cais wedi’i dynnu’n ôl ar %1, oherwydd: ‘%2’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed the request as lapsed on %1 (no clarification came), because: ‘%2’</source>
        <translation>caeodd y cais fel un wedi dod i ben ar %1 (ni ddaeth eglurhad), oherwydd: ‘%2’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reopened the request on %1, because: ‘%2’</source>
        <translation>ailagorodd y cais ar %1, oherwydd: ‘%2’</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the requester&apos;s name</source>
        <translation>enw’r ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requester&apos;s email</source>
        <translation>e-bost yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requester&apos;s address</source>
        <translation>cyfeiriad yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the requester&apos;s %1</source>
        <translation>%1 yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the wording of %1</source>
        <translation>geiriad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether %1 is held</source>
        <translation>a yw %1 yn cael ei chadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer to %1</source>
        <translation>yr ateb i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose personal data %1 asks for</source>
        <translation>data personol pwy y mae %1 yn gofyn amdanynt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the condition on %1</source>
        <translation>yr amod ar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reason for %1</source>
        <translation>y rheswm dros %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the harm under %1</source>
        <translation>y niwed o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interest protected under %1</source>
        <translation>y buddiant a warchodir o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public interest factors for disclosure under %1</source>
        <translation>ffactorau budd y cyhoedd o blaid datgelu o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public interest factors for the exemption under %1</source>
        <translation>ffactorau budd y cyhoedd o blaid yr eithriad o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public interest balance under %1</source>
        <translation>cydbwysedd budd y cyhoedd o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public interest conclusion under %1</source>
        <translation>casgliad budd y cyhoedd o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the likelihood of harm under %1</source>
        <translation>tebygolrwydd niwed o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the duty relieved under %1</source>
        <translation>y ddyletswydd a ddilëir o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the questions covered by %1</source>
        <translation>y cwestiynau a gwmpesir gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether %1 covers any other information</source>
        <translation>a yw %1 yn cwmpasu unrhyw wybodaeth arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the qualified person&apos;s opinion for %1</source>
        <translation>barn y person cymwys ar gyfer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whether the information under %1 is statistical</source>
        <translation>a yw’r wybodaeth o dan %1 yn ystadegol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the legitimate interest in disclosure under %1</source>
        <translation>y buddiant cyfreithlon mewn datgelu o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the necessity of disclosure under %1</source>
        <translation>angenrheidrwydd datgelu o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the balance against the data subject under %1</source>
        <translation>y cydbwysedd yn erbyn gwrthrych y data o dan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 under %2</source>
        <translation>%1 o dan %2</translation>
    </message>
    <message>
        <location filename="../../core/services/CaseHistory.cpp" line="+32"/>
        <source>a file whose name was erased with the requester&apos;s details</source>
        <translation>ffeil y dilëwyd ei henw gyda manylion yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>internal review</source>
        <translation>adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissioner&apos;s investigation</source>
        <translation>ymchwiliad y Comisiynydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tribunal appeal</source>
        <translation>apêl i’r tribiwnlys</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>on question %1: %2</source>
        <translation>ar gwestiwn %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on claim %1 (%2): %3</source>
        <translation>ar hawliad %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>question %1</source>
        <translation>cwestiwn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim %1</source>
        <translation>hawliad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case</source>
        <translation>yr achos</translation>
    </message>
</context>
<context>
    <name>foi::core::AggregationCandidate</name>
    <message>
        <location filename="../../core/services/AggregationFinder.cpp" line="+18"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why: %1 — the same person, or people acting together (reg 5(1)(a) or (b)).</source>
        <translation>Pam: %1 — yr un person, neu bobl yn gweithredu gyda’i gilydd (rheoliad 5(1)(a) neu (b)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1 from a different requester — a campaign or people acting in concert (reg 5(1)(b)) only if you can show a link.</source>
        <translation>Pam: %1 gan ymgeisydd gwahanol — ymgyrch neu bobl yn gweithredu ar y cyd (rheoliad 5(1)(b)) dim ond os gallwch ddangos cysylltiad.</translation>
    </message>
</context>
<context>
    <name>foi::core::Attachment</name>
    <message>
        <location filename="../../core/model/Attachment.cpp" line="+41"/>
        <source>the request as received</source>
        <translation>y cais fel y’i derbyniwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correspondence</source>
        <translation>gohebiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search evidence</source>
        <translation>tystiolaeth chwilio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another document</source>
        <translation>dogfen arall</translation>
    </message>
</context>
<context>
    <name>foi::core::CaseChangeDescriber</name>
    <message>
        <location filename="../../core/services/CaseChangeDescriber.cpp" line="-343"/>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed %1</source>
        <translation>newidiodd %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+137"/>
        <source>the reply</source>
        <translation>yr ymateb</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>the reference</source>
        <translation>y cyfeirnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>y teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the regime</source>
        <translation>y gyfundrefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority</source>
        <translation>yr awdurdod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of receipt</source>
        <translation>y dyddiad derbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the channel</source>
        <translation>y sianel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requester&apos;s details</source>
        <translation>manylion yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request text</source>
        <translation>testun y cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clock events</source>
        <translation>digwyddiadau’r cloc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the harm in confirming or denying</source>
        <translation>y niwed o gadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cost estimate</source>
        <translation>amcangyfrif y gost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reasons the request is vexatious</source>
        <translation>y rhesymau pam mae’r cais yn flinderus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the advice and assistance</source>
        <translation>y cyngor a’r cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outcome</source>
        <translation>y canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the internal reviews</source>
        <translation>yr adolygiadau mewnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the matters before the Information Commissioner</source>
        <translation>y materion gerbron y Comisiynydd Gwybodaeth</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>amended the decision after sending reply version %1, because: ‘%2’</source>
        <translation>diwygiodd y penderfyniad ar ôl anfon fersiwn %1 o’r ymateb, oherwydd: ‘%2’</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked the decision as sent in correction letter (reply version %1)</source>
        <translation>cloeodd y penderfyniad fel y’i hanfonwyd yn y llythyr cywiro (fersiwn %1 o’r ymateb)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked the decision as sent in reply version %1</source>
        <translation>cloeodd y penderfyniad fel y’i hanfonwyd yn fersiwn %1 o’r ymateb</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>added question %1</source>
        <translation>ychwanegodd gwestiwn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the wording of %1</source>
        <translation>geiriad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the condition on %1</source>
        <translation>yr amod ar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whether %1 is held</source>
        <translation>a yw %1 yn cael ei chadw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the search record of %1</source>
        <translation>cofnod chwilio %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer to %1</source>
        <translation>yr ateb i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed question %1</source>
        <translation>tynnodd gwestiwn %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the order of the questions</source>
        <translation>trefn y cwestiynau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cited search evidence ‘%1’ for %2</source>
        <translation>dyfynnodd dystiolaeth chwilio ‘%1’ ar gyfer %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrew search evidence ‘%1’ from %2</source>
        <translation>hepgorodd dystiolaeth chwilio ‘%1’ o %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the claim under %1 (now under %2)</source>
        <translation>yr hawliad o dan %1 (bellach o dan %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the harm under %1</source>
        <translation>y niwed o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public interest test under %1</source>
        <translation>prawf budd y cyhoedd o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the claim under %1</source>
        <translation>yr hawliad o dan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added a claim under %1</source>
        <translation>ychwanegodd hawliad o dan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed the claim under %1</source>
        <translation>tynnodd yr hawliad o dan %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>the reply&apos;s %1</source>
        <translation>%1 yr ymateb</translation>
    </message>
</context>
<context>
    <name>foi::core::CaseHistory</name>
    <message>
        <location filename="../../core/services/CaseHistory.cpp" line="+75"/>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: roedd yn %2, bellach %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent a correction letter (%1) correcting reply version %2, because: ‘%3’</source>
        <translation>Anfonwyd llythyr cywiro (%1) yn cywiro fersiwn %2 o’r ymateb, oherwydd: ‘%3’</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded the reply as sent (%1)</source>
        <translation>Cofnodwyd bod yr ymateb wedi’i anfon (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, although the last review returned the case, because: ‘%1’</source>
        <translation>, er i’r adolygiad diwethaf ddychwelyd yr achos, oherwydd: ‘%1’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, although the case was awaiting review, because: ‘%1’</source>
        <translation>, er bod yr achos yn aros am adolygiad, oherwydd: ‘%1’</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logged the request</source>
        <translation>Cofnodwyd y cais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the case, created in error: %1</source>
        <translation>Dilëwyd yr achos, a grëwyd ar gam: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased the requester&apos;s letters under the retention policy</source>
        <translation>Dilëwyd llythyrau’r ymgeisydd o dan y polisi cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased the requester&apos;s details under the retention policy</source>
        <translation>Dilëwyd manylion yr ymgeisydd o dan y polisi cadw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached %1 as %2</source>
        <translation>Atodwyd %1 fel %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached %1</source>
        <translation>Atodwyd %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked the attachment %1 as %2 (it was %3)</source>
        <translation>Nodwyd yr atodiad %1 fel %2 (roedd yn %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the attachment %1</source>
        <translation>Tynnwyd yr atodiad %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Released the hold on the case</source>
        <translation>Rhyddhawyd y daliad ar yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the case on hold for the %1</source>
        <translation>Daliwyd yr achos ar gyfer yr %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Allocated the case to %1</source>
        <translation>Dyrannwyd yr achos i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the case back from %1: it is unallocated</source>
        <translation>Cymerwyd yr achos yn ôl oddi wrth %1: nid yw wedi’i ddyrannu i neb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reallocated the case from %1 to %2</source>
        <translation>Ailddyrannwyd yr achos o %1 i %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked %1 to be released with the reply</source>
        <translation>Nodwyd %1 i’w ryddhau gyda’r ymateb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took %1 out of the release</source>
        <translation>Tynnwyd %1 o’r rhyddhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took %1 out of the release, because: %2</source>
        <translation>Tynnwyd %1 o’r rhyddhau, oherwydd: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned %1 for release: nothing found</source>
        <translation>Sganiwyd %1 i’w ryddhau: dim wedi’i ganfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned %1 for release: found %2</source>
        <translation>Sganiwyd %1 i’w ryddhau: canfuwyd %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked %1 by hand for release, because: %2</source>
        <translation>Gwiriwyd %1 â llaw i’w ryddhau, oherwydd: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept %1 in the release despite %2 (%3), because: %4</source>
        <translation>Cadwyd %1 yn y rhyddhau er gwaethaf %2 (%3), oherwydd: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed the release of %1</source>
        <translation>Newidiwyd rhyddhau %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the case for review by a second officer</source>
        <translation>Allforiwyd yr achos i’w adolygu gan ail swyddog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the case for review by %1</source>
        <translation>Allforiwyd yr achos i’w adolygu gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, with the requester&apos;s details</source>
        <translation>, gyda manylion yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; this withdrew the approval given by %1</source>
        <translation>; tynnodd hyn y gymeradwyaeth a roddwyd gan %1 yn ôl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 approved the draft reply</source>
        <translation>Cymeradwyodd %1 y drafft o’r ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 returned the case for changes</source>
        <translation>Dychwelodd %1 yr achos i’w newid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marked the reviewer&apos;s note on %1 resolved</source>
        <translation>Nodwyd bod nodyn yr adolygydd ar %1 wedi’i ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered the reviewer&apos;s note on %1: %2</source>
        <translation>Atebwyd nodyn yr adolygydd ar %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed the case (an earlier version is no longer readable)</source>
        <translation>Newidiwyd yr achos (nid oes modd darllen fersiwn gynharach mwyach)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the case with no change to its content</source>
        <translation>Cadwyd yr achos heb newid ei gynnwys</translation>
    </message>
</context>
<context>
    <name>foi::core::CaseLifecycle</name>
    <message>
        <location filename="../../core/services/CaseLifecycle.cpp" line="+30"/>
        <source>Give the reason (for example how the requester said so): it is kept in the case&apos;s history.</source>
        <translation>Rhowch y rheswm (er enghraifft sut y dywedodd yr ymgeisydd hynny): caiff ei gadw yn hanes yr achos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the day it happened, for example 7 December 2026.</source>
        <translation>Rhowch y diwrnod y digwyddodd, er enghraifft 7 Rhagfyr 2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future: give the day it happened, today (%2) at the latest.</source>
        <translation>Mae %1 yn y dyfodol: rhowch y diwrnod y digwyddodd, heddiw (%2) fan bellaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is before the request was received (%2): give a day on or after it.</source>
        <translation>Mae %1 cyn i’r cais gael ei dderbyn (%2): rhowch ddiwrnod ar y dyddiad hwnnw neu ar ei ôl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already closed: %2. Reopen it first if that was wrong.</source>
        <translation>Mae %1 eisoes ar gau: %2. Ailagorwch ef yn gyntaf os oedd hynny’n anghywir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reply to %1 was already sent, so the request was answered and cannot be withdrawn or lapse. Record a later withdrawal of a review or complaint on that matter instead.</source>
        <translation>Anfonwyd ymateb i %1 eisoes, felly atebwyd y cais ac ni ellir ei dynnu’n ôl na’i gau fel un wedi dod i ben. Cofnodwch dynnu adolygiad neu gŵyn yn ôl yn nes ymlaen ar y mater hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not waiting for clarification: a request lapses only when the authority asked the requester what they want (s1(3)) and no answer came. Record the clarification sought on the Clock step first, or withdraw the request if the requester withdrew it.</source>
        <translation>Nid yw %1 yn aros am eglurhad: dim ond pan ofynnodd yr awdurdod i’r ymgeisydd beth y mae ei eisiau (adran 1(3)) ac na ddaeth ateb y daw cais i ben. Cofnodwch yr eglurhad y gofynnwyd amdano ar y cam Cloc yn gyntaf, neu tynnwch y cais yn ôl os tynnodd yr ymgeisydd ef yn ôl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clarification was sought on %1; the requester has until %2 (%3 months) to answer before the request can lapse. Wait until then, or withdraw it if the requester withdrew it.</source>
        <translation>Gofynnwyd am eglurhad ar %1; mae gan yr ymgeisydd tan %2 (%3 mis) i ateb cyn y gall y cais ddod i ben. Arhoswch tan hynny, neu tynnwch ef yn ôl os tynnodd yr ymgeisydd ef yn ôl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is open: only a withdrawn or lapsed request can be reopened.</source>
        <translation>Mae %1 ar agor: dim ond cais a dynnwyd yn ôl neu a ddaeth i ben y gellir ei ailagor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is before the request was closed (%2): give a day on or after it.</source>
        <translation>Mae %1 cyn i’r cais gael ei gau (%2): rhowch ddiwrnod ar y dyddiad hwnnw neu ar ei ôl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdrawn on %1</source>
        <translation>Tynnwyd yn ôl ar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed on %1</source>
        <translation>Daeth i ben ar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened on %1</source>
        <translation>Ailagorwyd ar %1</translation>
    </message>
</context>
<context>
    <name>foi::core::ClaimLawRules</name>
    <message>
        <location filename="../../core/rules/ClaimLawRules.cpp" line="+74"/>
        <source> and %1 more</source>
        <translation> a %1 arall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claim cites &apos;%1&apos; without the subsection relied on, so the requester cannot tell which interest is at stake (%2). Choose the part that applies: %3.</source>
        <translation>Mae’r hawliad yn dyfynnu ‘%1’ heb yr is-adran y dibynnir arni, felly ni all yr ymgeisydd ddweud pa fuddiant sydd yn y fantol (%2). Dewiswch y rhan sy’n gymwys: %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>came into force on %1, after this request was received on %2</source>
        <translation>daeth i rym ar %1, ar ôl derbyn y cais hwn ar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ceased to have effect on %1, before this request was received on %2</source>
        <translation>peidiodd â chael effaith ar %1, cyn derbyn y cais hwn ar %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entry of the catalogue took its place on that date: choose the exemption that applied then.</source>
        <translation>Ni chymerodd unrhyw gofnod o’r catalog ei le ar y dyddiad hwnnw: dewiswch yr eithriad a oedd yn gymwys bryd hynny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provision that applied then is %1: cite it instead.</source>
        <translation>Y ddarpariaeth a oedd yn gymwys bryd hynny yw %1: dyfynnwch hi yn lle hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2; a request is dealt with under the law as it stood when it was received. %3</source>
        <translation>%1 %2; ymdrinnir â chais o dan y gyfraith fel yr oedd pan gafodd ei dderbyn. %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The claim under %1 is argued as a prejudice test (&apos;%2&apos;), but %1 sets a %3. %4 Clear the likelihood and argue the test that applies.</source>
        <translation>Dadleuir yr hawliad o dan %1 fel prawf niwed (‘%2’), ond mae %1 yn gosod %3. %4 Cliriwch y tebygolrwydd a dadleuwch y prawf sy’n gymwys.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>would be likely to</source>
        <translation>byddai’n debygol o</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The claim under %1 is marked as statistical information, but s36(4) only removes the qualified person&apos;s opinion from s36. The mark has no effect here: remove it.</source>
        <translation>Nodir bod yr hawliad o dan %1 yn wybodaeth ystadegol, ond dim ond o adran 36 y mae adran 36(4) yn dileu barn y person cymwys. Nid yw’r marc yn cael effaith yma: tynnwch ef.</translation>
    </message>
</context>
<context>
    <name>foi::core::ClaimRules</name>
    <message>
        <location filename="../../core/rules/ClaimRules.cpp" line="+63"/>
        <source>&apos;%1&apos; is not a provision the workbench knows. Choose the exemption from the catalogue, at subsection level.</source>
        <translation>Nid yw ‘%1’ yn ddarpariaeth y mae’r fainc waith yn ei hadnabod. Dewiswch yr eithriad o’r catalog, ar lefel is-adran.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The claim under %1 covers no question. Say which questions it applies to, or that it covers any other information the request might catch.</source>
        <translation>Nid yw’r hawliad o dan %1 yn cwmpasu unrhyw gwestiwn. Dywedwch i ba gwestiynau y mae’n gymwys, neu ei fod yn cwmpasu unrhyw wybodaeth arall y gallai’r cais ei dal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The claim under %1 names question &apos;%2&apos;, which the case does not have. Correct or remove the reference.</source>
        <translation>Mae’r hawliad o dan %1 yn enwi cwestiwn ‘%2’, nad yw yn yr achos. Cywirwch neu tynnwch y cyfeiriad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 belongs to the Freedom of Information Act, but this request is handled under the EIR. Use the EIR exception that fits (regulation 12 or 13); the cost limit&apos;s EIR counterpart is reg 12(4)(b).</source>
        <translation>Mae %1 yn perthyn i’r Ddeddf Rhyddid Gwybodaeth, ond ymdrinnir â’r cais hwn o dan yr EIR. Defnyddiwch yr eithriad EIR sy’n addas (rheoliad 12 neu 13); cymar EIR y terfyn costau yw rheoliad 12(4)(b).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an EIR exception, but this request is handled under the Freedom of Information Act. Use the FOIA exemption, or handle the request under the EIR if the information is environmental (s39).</source>
        <translation>Mae %1 yn eithriad EIR, ond ymdrinnir â’r cais hwn o dan y Ddeddf Rhyddid Gwybodaeth. Defnyddiwch yr eithriad FOIA, neu ymdriniwch â’r cais o dan yr EIR os yw’r wybodaeth yn amgylcheddol (adran 39).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not available to this kind of authority (for example s35 is only for government departments and the Welsh Government). Choose another exemption.</source>
        <translation>Nid yw %1 ar gael i’r math hwn o awdurdod (er enghraifft mae adran 35 ar gyfer adrannau’r llywodraeth a Llywodraeth Cymru yn unig). Dewiswch eithriad arall.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no provision removing the duty to confirm or deny, so it cannot support &apos;neither confirm nor deny&apos;. Confirm whether the information is held, then withhold it under %1 if it applies.</source>
        <translation>Nid oes gan %1 ddarpariaeth sy’n dileu’r ddyletswydd i gadarnhau neu wadu, felly ni all gefnogi ‘peidio â chadarnhau na gwadu’. Cadarnhewch a yw’r wybodaeth yn cael ei chadw, yna daliwch hi’n ôl o dan %1 os yw’n gymwys.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exempts information from disclosure; the duty to confirm or deny is removed by %2. Cite %2 for the NCND.</source>
        <translation>Mae %1 yn eithrio gwybodaeth rhag ei datgelu; caiff y ddyletswydd i gadarnhau neu wadu ei dileu gan %2. Dyfynnwch %2 ar gyfer yr NCND.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 removes only the duty to confirm or deny. To withhold held information cite %2.</source>
        <translation>Dim ond y ddyletswydd i gadarnhau neu wadu y mae %1 yn ei dileu. I ddal gwybodaeth a gedwir yn ôl, dyfynnwch %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question %1 is withheld under s21 but the reply does not say where the information is reasonably accessible. Give the link or the place (s16 advice).</source>
        <translation>Mae cwestiwn %1 wedi’i ddal yn ôl o dan adran 21 ond nid yw’r ymateb yn dweud ble mae’r wybodaeth yn rhesymol hygyrch. Rhowch y ddolen neu’r lle (cyngor adran 16).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The claim under %1 does not say why the exemption applies (%2). Explain how the information falls within it; where saying so would itself disclose exempt information, record that s17(4) applies.</source>
        <translation>Nid yw’r hawliad o dan %1 yn dweud pam mae’r eithriad yn gymwys (%2). Esboniwch sut mae’r wybodaeth yn dod o’i fewn; lle byddai dweud hynny ynddo’i hun yn datgelu gwybodaeth esempt, cofnodwch fod adran 17(4) yn gymwys.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 applies only in the reasonable opinion of the qualified person (s36(2), s36(5)). Record who gave the opinion, when, and what it was, before the reply is sent.</source>
        <translation>Mae %1 yn gymwys dim ond ym marn resymol y person cymwys (adran 36(2), 36(5)). Cofnodwch pwy roddodd y farn, pryd, a beth oedd hi, cyn anfon yr ymateb.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>confirming or denying</source>
        <translation>cadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 is engaged only if %2 would harm the interest it protects. Add the prejudice test: the interest, how %2 would harm it, and whether it &apos;would&apos; or &apos;would be likely to&apos;.</source>
        <translation>Mae %1 yn gymwys dim ond os byddai %2 yn niweidio’r buddiant y mae’n ei warchod. Ychwanegwch y prawf niwed: y buddiant, sut y byddai %2 yn ei niweidio, ac a ‘fyddai’ neu a ‘fyddai’n debygol o’.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is engaged only if %2 would harm the interest it protects. Name the interest and explain how %2 would harm it.</source>
        <translation>Mae %1 yn gymwys dim ond os byddai %2 yn niweidio’r buddiant y mae’n ei warchod. Enwch y buddiant ac esboniwch sut y byddai %2 yn ei niweidio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say whether %1 &apos;would&apos; or &apos;would be likely to&apos; cause the harm %2 protects against; the ICO expects the authority to name the limb it relies on.</source>
        <translation>Dywedwch a ‘fyddai’ %1 neu a ‘fyddai’n debygol o’ achosi’r niwed y mae %2 yn gwarchod yn ei erbyn; mae’r ICO yn disgwyl i’r awdurdod enwi’r rhan y mae’n dibynnu arni.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs an adverse effect that would happen (more probable than not); &apos;would be likely to&apos; is not enough under the EIR.</source>
        <translation>Mae %1 angen effaith andwyol a fyddai’n digwydd (yn fwy tebygol na pheidio); nid yw ‘byddai’n debygol o’ yn ddigon o dan yr EIR.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is qualified: the reply must show the public interest test (%2). Set out the factors each way, the balance and the conclusion.</source>
        <translation>Mae %1 yn amodol: rhaid i’r ymateb ddangos prawf budd y cyhoedd (%2). Nodwch y ffactorau bob ffordd, y cydbwysedd a’r casgliad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The public interest test for %1 lists no factor %2. A test weighs both sides; there is always some public interest in openness.</source>
        <translation>Nid yw prawf budd y cyhoedd ar gyfer %1 yn rhestru unrhyw ffactor %2. Mae prawf yn pwyso’r ddwy ochr; mae rhywfaint o fudd y cyhoedd mewn bod yn agored bob amser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in favour of disclosure</source>
        <translation>o blaid datgelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in favour of maintaining the exemption</source>
        <translation>o blaid cynnal yr eithriad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public interest test for %1 has no balance or no conclusion. Weigh the factors and say which way the balance falls.</source>
        <translation>Nid oes cydbwysedd neu gasgliad gan brawf budd y cyhoedd ar gyfer %1. Pwyswch y ffactorau a dywedwch pa ffordd y mae’r cydbwysedd yn disgyn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The public interest test for %1 concludes in favour of %2, so the exemption cannot be relied on. Remove the claim and %2.</source>
        <translation>Mae prawf budd y cyhoedd ar gyfer %1 yn dod i’r casgliad o blaid %2, felly ni ellir dibynnu ar yr eithriad. Tynnwch yr hawliad a %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 and %2 cannot both apply to the same information (for example s31 applies only to information not exempt under s30). Choose the one that fits, or cite them for different questions.</source>
        <translation>Ni all %1 a %2 ill dau fod yn gymwys i’r un wybodaeth (er enghraifft mae adran 31 yn gymwys dim ond i wybodaeth nad yw’n esempt o dan adran 30). Dewiswch yr un sy’n addas, neu dyfynnwch nhw ar gyfer cwestiynau gwahanol.</translation>
    </message>
</context>
<context>
    <name>foi::core::ConsistencyRules</name>
    <message>
        <location filename="../../core/rules/ConsistencyRules.cpp" line="+36"/>
        <source>… (%1 questions in all)</source>
        <translation>… (%1 cwestiwn i gyd)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The reply is dated %1, before the request was received on %2. One of the dates is wrong: correct the date of receipt (the time for compliance counts from it, %3) or the date the reply was sent.</source>
        <translation>Mae’r ymateb wedi’i ddyddio %1, cyn derbyn y cais ar %2. Mae un o’r dyddiadau’n anghywir: cywirwch y dyddiad derbyn (mae’r amser i gydymffurfio yn cyfrif ohono, %3) neu’r dyddiad yr anfonwyd yr ymateb.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A change to the clock is dated %1, before the request was received on %2: nothing can stop, pause or extend the time for compliance before it starts. Correct the date.</source>
        <translation>Mae newid i’r cloc wedi’i ddyddio %1, cyn derbyn y cais ar %2: ni all dim stopio, oedi nac estyn yr amser i gydymffurfio cyn iddo ddechrau. Cywirwch y dyddiad.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clarification is recorded as received on %1, before it was asked for on %2 (%3). The clock restarts from the clarification, so the deadline is wrong: correct one of the dates.</source>
        <translation>Cofnodwyd bod yr eglurhad wedi’i dderbyn ar %1, cyn gofyn amdano ar %2 (%3). Mae’r cloc yn ailddechrau o’r eglurhad, felly mae’r dyddiad cau yn anghywir: cywirwch un o’r dyddiadau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fee is recorded as paid on %1, before the fees notice was given on %2. The days from the notice to the payment do not count (s10(2)), so the deadline is wrong: correct one of the dates.</source>
        <translation>Cofnodwyd bod y ffi wedi’i thalu ar %1, cyn rhoi’r hysbysiad ffioedd ar %2. Nid yw’r diwrnodau o’r hysbysiad i’r taliad yn cyfrif (adran 10(2)), felly mae’r dyddiad cau yn anghywir: cywirwch un o’r dyddiadau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Question %1 is to be answered only depending on its own answer, which cannot be decided. Make the condition name the question the requester meant, or remove it.</source>
        <translation>Mae cwestiwn %1 i’w ateb gan ddibynnu ar ei ateb ei hun yn unig, na ellir ei benderfynu. Gwnewch i’r amod enwi’r cwestiwn yr oedd yr ymgeisydd yn ei olygu, neu tynnwch ef.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question %1 depends on question &apos;%2&apos;, which the case does not have. Make the condition name an existing question, or remove it.</source>
        <translation>Mae cwestiwn %1 yn dibynnu ar gwestiwn ‘%2’, nad yw yn yr achos. Gwnewch i’r amod enwi cwestiwn sy’n bodoli, neu tynnwch ef.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The conditions on questions go round in a circle (%1), so none of them can be decided. Break the circle: at least one of these questions must not depend on another.</source>
        <translation>Mae’r amodau ar gwestiynau’n mynd mewn cylch (%1), felly ni ellir penderfynu ar yr un ohonynt. Torrwch y cylch: rhaid i o leiaf un o’r cwestiynau hyn beidio â dibynnu ar un arall.</translation>
    </message>
</context>
<context>
    <name>foi::core::EnvironmentalRules</name>
    <message>
        <location filename="../../core/rules/EnvironmentalRules.cpp" line="+65"/>
        <source>The claim under %1 covers information whose description mentions %2. Information on the state of the environment, emissions, noise, waste, land use, planning or measures affecting them is environmental information (EIR reg 2(1)): the EIR apply to it, not FOIA, which exempts it under s39(1)(a). Decide whether it is environmental; if so, handle it under the EIR and rely on their exceptions.</source>
        <translation>Mae’r hawliad o dan %1 yn cwmpasu gwybodaeth y mae ei disgrifiad yn sôn am %2. Mae gwybodaeth am gyflwr yr amgylchedd, allyriadau, sŵn, gwastraff, defnydd tir, cynllunio neu fesurau sy’n effeithio arnynt yn wybodaeth amgylcheddol (EIR rheoliad 2(1)): mae’r EIR yn gymwys iddi, nid y Ddeddf Rhyddid Gwybodaeth, sy’n ei heithrio o dan adran 39(1)(a). Penderfynwch a yw’n amgylcheddol; os felly, ymdriniwch â hi o dan yr EIR a dibynnwch ar eu heithriadau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The public interest test for %1 does not say that it applied the presumption in favour of disclosure that EIR reg 12(2) requires. Say in the balance how the presumption was weighed: the exception is maintained only if, in all the circumstances, the public interest in maintaining it outweighs the public interest in disclosure.</source>
        <translation>Nid yw prawf budd y cyhoedd ar gyfer %1 yn dweud iddo gymhwyso’r rhagdybiaeth o blaid datgelu y mae EIR rheoliad 12(2) yn ei gwneud yn ofynnol. Dywedwch yn y cydbwysedd sut y pwyswyd y rhagdybiaeth: dim ond os yw budd y cyhoedd mewn cynnal yr eithriad, o dan yr holl amgylchiadau, yn drech na budd y cyhoedd mewn datgelu y caiff ei gynnal.</translation>
    </message>
</context>
<context>
    <name>foi::core::InternalReviewRules</name>
    <message>
        <location filename="../../core/rules/InternalReviewRules.cpp" line="+48"/>
        <source>any other information</source>
        <translation>unrhyw wybodaeth arall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer to %1</source>
        <translation>yr ateb i %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the date the request for review was received: its clock counts from that day, not from the day it was logged.</source>
        <translation>Rhowch y dyddiad y derbyniwyd y cais am adolygiad: mae ei gloc yn cyfrif o’r diwrnod hwnnw, nid o’r diwrnod y’i cofnodwyd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review request cannot have been received after today.</source>
        <translation>Ni all y cais am adolygiad fod wedi’i dderbyn ar ôl heddiw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review request is dated before the request it reviews was received. Check both dates.</source>
        <translation>Mae’r cais am adolygiad wedi’i ddyddio cyn derbyn y cais y mae’n ei adolygu. Gwiriwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The representations arrived %1 working days after the reply; reg 11(2) allows 40. The authority may refuse to reconsider: record why if it does.</source>
        <translation>Cyrhaeddodd y sylwadau %1 diwrnod gwaith ar ôl yr ymateb; mae rheoliad 11(2) yn caniatáu 40. Caiff yr awdurdod wrthod ailystyried: cofnodwch pam os yw’n gwneud hynny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review request arrived %1 working days after the reply; the ICO expects requesters to ask within 40, and the authority may decline a later one. Record the decision either way.</source>
        <translation>Cyrhaeddodd y cais am adolygiad %1 diwrnod gwaith ar ôl yr ymateb; mae’r ICO yn disgwyl i ymgeiswyr ofyn o fewn 40, a chaiff yr awdurdod wrthod un hwyrach. Cofnodwch y penderfyniad y naill ffordd neu’r llall.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review cannot have been decided before its request was received.</source>
        <translation>Ni all yr adolygiad fod wedi’i benderfynu cyn derbyn ei gais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A review decides on the information held and the circumstances as at the date of the request (s1(4); ICO), here %1. Release more because circumstances changed as a separate step, not by moving the basis date.</source>
        <translation>Mae adolygiad yn penderfynu ar y wybodaeth a gedwir a’r amgylchiadau fel yr oeddent ar ddyddiad y cais (adran 1(4); ICO), yma %1. Rhyddhewch fwy oherwydd bod amgylchiadau wedi newid fel cam ar wahân, nid drwy symud y dyddiad sail.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name who decides the review.</source>
        <translation>Enwch pwy sy’n penderfynu’r adolygiad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 drafted, decided or sent the original reply. The review should be decided by someone who took no part in it; if no one else can, record why.</source>
        <translation>Drafftiodd, penderfynodd neu anfonodd %1 yr ymateb gwreiddiol. Dylai rhywun na chymerodd ran ynddo benderfynu’r adolygiad; os na all neb arall, cofnodwch pam.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An EIR review must be decided within 40 working days; there is no extension for exceptional circumstances.</source>
        <translation>Rhaid penderfynu adolygiad EIR o fewn 40 diwrnod gwaith; nid oes estyniad ar gyfer amgylchiadau eithriadol.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taking 40 working days instead of 20 needs exceptional circumstances: record what they are.</source>
        <translation>Mae cymryd 40 diwrnod gwaith yn lle 20 yn gofyn am amgylchiadau eithriadol: cofnodwch beth ydynt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not part of the original decision reviewed.</source>
        <translation>Nid oedd %1 yn rhan o’r penderfyniad gwreiddiol a adolygwyd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The review was marked decided, but %1 has no decision.</source>
        <translation>Nodwyd bod yr adolygiad wedi’i benderfynu, ond nid oes penderfyniad ar %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The outcome letter does not tell the requester of the right to apply to the Information Commissioner. Use the standard paragraph (leave the box empty) or write one that gives it.</source>
        <translation>Nid yw llythyr y canlyniad yn dweud wrth yr ymgeisydd am yr hawl i wneud cais i’r Comisiynydd Gwybodaeth. Defnyddiwch y paragraff safonol (gadewch y blwch yn wag) neu ysgrifennwch un sy’n ei roi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The paragraph on the right to complain has a placeholder that was never filled in ({{...}}). Replace it with the words meant.</source>
        <translation>Mae gan y paragraff am yr hawl i gwyno ddalfan na chafodd ei llenwi ({{...}}). Rhowch y geiriau a olygwyd yn ei lle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Part of the original decision was not maintained, but the outcome letter does not say what is now released (or why nothing is, for example a fresh response to follow).</source>
        <translation>Ni chynhaliwyd rhan o’r penderfyniad gwreiddiol, ond nid yw llythyr y canlyniad yn dweud beth a ryddheir bellach (neu pam na ryddheir dim, er enghraifft ymateb newydd i ddilyn).</translation>
    </message>
</context>
<context>
    <name>foi::core::PersonalDataRules</name>
    <message>
        <location filename="../../core/rules/PersonalDataRules.cpp" line="+27"/>
        <source>the requester&apos;s own personal data</source>
        <translation>data personol yr ymgeisydd ei hun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other people&apos;s personal data</source>
        <translation>data personol pobl eraill</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>s40(1), and deal with the request as a subject access request</source>
        <translation>adran 40(1), ac ymdrin â’r cais fel cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s40(5B), with the limb of the condition relied on</source>
        <translation>adran 40(5B), gyda’r rhan o’r amod y dibynnir arni</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the legitimate interest in disclosure</source>
        <translation>y buddiant cyfreithlon mewn datgelu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whether disclosure is necessary to meet it</source>
        <translation>a yw datgelu’n angenrheidiol i’w ddiwallu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the balance of that interest against the data subject&apos;s interests, rights and freedoms</source>
        <translation>cydbwysedd y buddiant hwnnw yn erbyn buddiannau, hawliau a rhyddid gwrthrych y data</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The claim under %1 relies on disclosure breaching the data protection principles, which for ordinary personal data turns on the legitimate interests test of UK GDPR Art 6(1)(f). Record %2.</source>
        <translation>Mae’r hawliad o dan %1 yn dibynnu ar y ffaith y byddai datgelu’n torri’r egwyddorion diogelu data, sydd, ar gyfer data personol cyffredin, yn dibynnu ar brawf buddiannau cyfreithlon GDPR y DU Erthygl 6(1)(f). Cofnodwch %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Question %1 asks for %2, but %3 is for %4. Use %5, or correct whose personal data the question asks for on the Questions step.</source>
        <translation>Mae cwestiwn %1 yn gofyn am %2, ond mae %3 ar gyfer %4. Defnyddiwch %5, neu cywirwch ddata personol pwy y mae’r cwestiwn yn gofyn amdanynt ar y cam Cwestiynau.</translation>
    </message>
</context>
<context>
    <name>foi::core::PracticeRules</name>
    <message>
        <location filename="../../core/rules/PracticeRules.cpp" line="+37"/>
        <source>The case has no questions, so the reply would answer nothing (%1). On the Questions step, split the request into its questions.</source>
        <translation>Nid oes cwestiynau yn yr achos, felly ni fyddai’r ymateb yn ateb dim (%1). Ar y cam Cwestiynau, rhannwch y cais yn ei gwestiynau.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The %1 paragraph has a gap where a value belongs (a {{name}} left unfilled, or an empty contact), so the requester would not know where to write (%2). Fill in the authority profile in Settings and use the standard paragraphs again, or complete the sentence.</source>
        <translation>Mae bwlch ym mharagraff %1 lle dylai gwerth fod ({{name}} heb ei lenwi, neu gyswllt gwag), felly ni fyddai’r ymgeisydd yn gwybod ble i ysgrifennu (%2). Llenwch broffil yr awdurdod yn y Gosodiadau a defnyddiwch y paragraffau safonol eto, neu cwblhewch y frawddeg.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A library factor that favours %1 is listed among the factors favouring %2. Move it to the other column, or reword it so that it argues for this side.</source>
        <translation>Mae ffactor o’r llyfrgell sydd o blaid %1 wedi’i restru ymhlith y ffactorau o blaid %2. Symudwch ef i’r golofn arall, neu aileiriwch ef fel ei fod yn dadlau dros yr ochr hon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>disclosure</source>
        <translation>datgelu</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>maintaining the exemption</source>
        <translation>cynnal yr eithriad</translation>
    </message>
</context>
<context>
    <name>foi::core::ProcedureRules</name>
    <message>
        <location filename="../../core/rules/ProcedureRules.cpp" line="+72"/>
        <source>The EIR have no public interest extension: more time is allowed only for complex and voluminous requests (reg 7(1)). Record a reg 7 extension if that applies, or remove it.</source>
        <translation>Nid oes gan yr EIR estyniad er budd y cyhoedd: caniateir mwy o amser dim ond ar gyfer ceisiadau cymhleth a swmpus (rheoliad 7(1)). Cofnodwch estyniad rheoliad 7 os yw hynny’n gymwys, neu tynnwch ef.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Act allows no extension for complexity or volume; only s10(3) gives more time, to weigh the public interest in a qualified exemption. Remove the extension.</source>
        <translation>Nid yw’r Ddeddf yn caniatáu estyniad oherwydd cymhlethdod neu swm; dim ond adran 10(3) sy’n rhoi mwy o amser, i bwyso a mesur budd y cyhoedd mewn eithriad amodol. Tynnwch yr estyniad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The s10(3) extension is only for weighing the public interest in a qualified exemption, and no qualified exemption is claimed. Remove the extension, or claim the exemption it was taken for.</source>
        <translation>Mae estyniad adran 10(3) ar gyfer pwyso a mesur budd y cyhoedd mewn eithriad amodol yn unig, ac nid oes eithriad amodol wedi’i hawlio. Tynnwch yr estyniad, neu hawliwch yr eithriad y’i cymerwyd ar ei gyfer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The extension was notified on %1, after the 20th working day (%2). An extension must be notified within the 20 working days (%3); the reply is late and owes an apology.</source>
        <translation>Hysbyswyd yr estyniad ar %1, ar ôl yr 20fed diwrnod gwaith (%2). Rhaid hysbysu estyniad o fewn yr 20 diwrnod gwaith (%3); mae’r ymateb yn hwyr ac mae ymddiheuriad yn ddyledus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A notice taking more time under s10(3) must estimate the date by which the public interest decision will be reached (s17(2)). Record the estimate given.</source>
        <translation>Rhaid i hysbysiad sy’n cymryd mwy o amser o dan adran 10(3) amcangyfrif erbyn pa ddyddiad y gwneir y penderfyniad ar fudd y cyhoedd (adran 17(2)). Cofnodwch yr amcangyfrif a roddwyd.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The English version of the reply does not describe the internal review procedure (%1): how to ask for a review, to whom, and by when. Add the authority&apos;s review paragraph, or say that there is none.</source>
        <translation>Nid yw fersiwn Saesneg yr ymateb yn disgrifio’r drefn adolygu mewnol (%1): sut i ofyn am adolygiad, i bwy, ac erbyn pryd. Ychwanegwch baragraff adolygu’r awdurdod, neu dywedwch nad oes un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Welsh version of the reply does not describe the internal review procedure (%1): how to ask for a review, to whom, and by when. Add the authority&apos;s review paragraph, or say that there is none.</source>
        <translation>Nid yw fersiwn Gymraeg yr ymateb yn disgrifio’r drefn adolygu mewnol (%1): sut i ofyn am adolygiad, i bwy, ac erbyn pryd. Ychwanegwch baragraff adolygu’r awdurdod, neu dywedwch nad oes un.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The reply does not describe the internal review procedure (%1): how to ask for a review, to whom, and by when. Add the authority&apos;s review paragraph, or say that there is none.</source>
        <translation>Nid yw’r ymateb yn disgrifio’r drefn adolygu mewnol (%1): sut i ofyn am adolygiad, i bwy, ac erbyn pryd. Ychwanegwch baragraff adolygu’r awdurdod, neu dywedwch nad oes un.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The English version of the reply does not tell the requester of the right to complain to the Information Commissioner (%1). Add the paragraph on applying to the Commissioner.</source>
        <translation>Nid yw fersiwn Saesneg yr ymateb yn dweud wrth yr ymgeisydd am yr hawl i gwyno i’r Comisiynydd Gwybodaeth (%1). Ychwanegwch y paragraff am wneud cais i’r Comisiynydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Welsh version of the reply does not tell the requester of the right to complain to the Information Commissioner (%1). Add the paragraph on applying to the Commissioner.</source>
        <translation>Nid yw fersiwn Gymraeg yr ymateb yn dweud wrth yr ymgeisydd am yr hawl i gwyno i’r Comisiynydd Gwybodaeth (%1). Ychwanegwch y paragraff am wneud cais i’r Comisiynydd.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The reply does not tell the requester of the right to complain to the Information Commissioner (%1). Add the paragraph on applying to the Commissioner.</source>
        <translation>Nid yw’r ymateb yn dweud wrth yr ymgeisydd am yr hawl i gwyno i’r Comisiynydd Gwybodaeth (%1). Ychwanegwch y paragraff am wneud cais i’r Comisiynydd.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The EIR have no cost limit: s12 cannot refuse an environmental request. Consider reg 12(4)(b) (manifestly unreasonable), which needs a public interest test.</source>
        <translation>Nid oes gan yr EIR derfyn costau: ni all adran 12 wrthod cais amgylcheddol. Ystyriwch reoliad 12(4)(b) (yn amlwg yn afresymol), sydd angen prawf budd y cyhoedd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A refusal under s12 needs the estimate behind it: hours for determining whether the information is held, locating, retrieving and extracting it, at £25 an hour against the £%1 limit.</source>
        <translation>Mae gwrthod o dan adran 12 angen yr amcangyfrif y tu ôl iddo: oriau ar gyfer penderfynu a yw’r wybodaeth yn cael ei chadw, dod o hyd iddi, ei hadalw a’i hechdynnu, ar £25 yr awr yn erbyn y terfyn o £%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The estimate comes to £%1, which does not exceed the £%2 limit, so s12 does not apply. Answer the request, or revisit the estimate.</source>
        <translation>Daw’r amcangyfrif i £%1, nad yw’n uwch na’r terfyn o £%2, felly nid yw adran 12 yn gymwys. Atebwch y cais, neu ailedrychwch ar yr amcangyfrif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When refusing under s12 the authority should help the requester bring the request within the limit (s16 and the Code of Practice): say what could be provided, or why nothing could.</source>
        <translation>Wrth wrthod o dan adran 12 dylai’r awdurdod helpu’r ymgeisydd i ddod â’r cais o fewn y terfyn (adran 16 a’r Cod Ymarfer): dywedwch beth y gellid ei ddarparu, neu pam na ellid darparu dim.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 and this one span %2 working days; their costs can be added together only if both were received within 60 consecutive working days (Fees Regulations reg 5(2)). Remove it from the estimate.</source>
        <translation>Mae cais %1 a’r un hwn yn rhychwantu %2 diwrnod gwaith; dim ond os derbyniwyd y ddau o fewn 60 diwrnod gwaith olynol y gellir adio eu costau at ei gilydd (Rheoliadau Ffioedd, rheoliad 5(2)). Tynnwch ef o’r amcangyfrif.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reply relies on s14 without saying why. The Act needs only a statement that s14 applies, but the ICO expects reasons unless they have already been given; record them.</source>
        <translation>Mae’r ymateb yn dibynnu ar adran 14 heb ddweud pam. Dim ond datganiad bod adran 14 yn gymwys sydd ei angen ar y Ddeddf, ond mae’r ICO yn disgwyl rhesymau oni bai eu bod eisoes wedi’u rhoi; cofnodwch nhw.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reply is late: it was due by %1 (%2). Apologise and explain the delay in the reply.</source>
        <translation>Mae’r ymateb yn hwyr: roedd yn ddyledus erbyn %1 (%2). Ymddiheurwch ac esboniwch yr oedi yn yr ymateb.</translation>
    </message>
</context>
<context>
    <name>foi::core::ReleaseGate</name>
    <message>
        <location filename="../../core/services/ReleaseGate.cpp" line="+74"/>
        <source>The copy of %1 kept with the case store cannot be read (%2), so it was not scanned. Restore the attachments folder from a backup, or remove the file and add it again.</source>
        <translation>Ni ellir darllen y copi o %1 a gedwir gyda’r storfa achosion (%2), felly ni chafodd ei sganio. Adferwch y ffolder atodiadau o gopi wrth gefn, neu tynnwch y ffeil a’i hychwanegu eto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy of %1 kept with the case store has been altered since it was attached (its SHA-256 no longer matches), so it was not scanned. Remove it from the release and add the file again.</source>
        <translation>Mae’r copi o %1 a gedwir gyda’r storfa achosion wedi’i newid ers ei atodi (nid yw ei SHA-256 yn cyfateb mwyach), felly ni chafodd ei sganio. Tynnwch ef o’r rhyddhau ac ychwanegwch y ffeil eto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be read by the scan, so nothing is known of what it holds and it cannot be kept with a reason. Remove it from the release and release a copy that opens (not password-protected, within the scan&apos;s limits).</source>
        <translation>Nid oedd modd i’r sgan ddarllen %1, felly ni wyddys beth sydd ynddo ac ni ellir ei gadw gyda rheswm. Tynnwch ef o’r rhyddhau a rhyddhewch gopi sy’n agor (heb gyfrinair, o fewn terfynau’r sgan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan %1 first: a finding is kept for the file as scanned.</source>
        <translation>Sganiwch %1 yn gyntaf: cedwir canfyddiad ar gyfer y ffeil fel y’i sganiwyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say how %1 was checked by hand and why it is safe to release: the reason is kept in the case&apos;s history.</source>
        <translation>Dywedwch sut y gwiriwyd %1 â llaw a pham mae’n ddiogel ei ryddhau: cedwir y rheswm yn hanes yr achos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why %1 may go with %2 as it is: the reason is kept in the case&apos;s history.</source>
        <translation>Dywedwch pam y caiff %1 fynd gyda %2 fel y mae: cedwir y rheswm yn hanes yr achos.</translation>
    </message>
</context>
<context>
    <name>foi::core::RequestRules</name>
    <message>
        <location filename="../../core/rules/RequestRules.cpp" line="+48"/>
        <source>A valid request must state the requester&apos;s name (s8(1)(b)). Record the name given, or ask the requester for it before treating this as a request under the Act.</source>
        <translation>Rhaid i gais dilys nodi enw’r ymgeisydd (adran 8(1)(b)). Cofnodwch yr enw a roddwyd, neu gofynnwch i’r ymgeisydd amdano cyn trin hwn fel cais o dan y Ddeddf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no address for correspondence (%1). Record the postal or email address the request came from; the reply cannot be sent without one.</source>
        <translation>Nid oes cyfeiriad ar gyfer gohebiaeth (%1). Cofnodwch y cyfeiriad post neu e-bost y daeth y cais ohono; ni ellir anfon yr ymateb heb un.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The request does not describe the information wanted (s8(1)(c)). Record the request text, or seek clarification under s1(3).</source>
        <translation>Nid yw’r cais yn disgrifio’r wybodaeth y gofynnir amdani (adran 8(1)(c)). Cofnodwch destun y cais, neu gofynnwch am eglurhad o dan adran 1(3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date of receipt is missing, so the 20 working days of s10(1) cannot be counted. Record the day the request arrived.</source>
        <translation>Mae’r dyddiad derbyn ar goll, felly ni ellir cyfrif 20 diwrnod gwaith adran 10(1). Cofnodwch y diwrnod y cyrhaeddodd y cais.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Question %1 was to be answered only if question %2 was answered &apos;%3&apos;. It was not, so the requester has withdrawn it: mark it not required and take its answer out of the reply (an answer here is a disclosure to the world that nobody asked for).</source>
        <translation>Roedd cwestiwn %1 i’w ateb dim ond os oedd ateb cwestiwn %2 yn ‘%3’. Nid oedd, felly mae’r ymgeisydd wedi’i dynnu’n ôl: nodwch nad oes ei angen a thynnwch ei ateb o’r ymateb (mae ateb yma’n ddatgeliad i’r byd na ofynnodd neb amdano).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question %1 is marked not required, but no condition of the requester&apos;s has failed for it. It needs a decision under s1(1): held, not held, or neither confirm nor deny.</source>
        <translation>Nodwyd nad oes angen cwestiwn %1, ond nid oes un o amodau’r ymgeisydd wedi methu ar ei gyfer. Mae angen penderfyniad arno o dan adran 1(1): yn cael ei chadw, heb ei chadw, neu beidio â chadarnhau na gwadu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question %1 has no decision yet. Record whether the information is held and, if it is, whether it is disclosed.</source>
        <translation>Nid oes penderfyniad ar gwestiwn %1 eto. Cofnodwch a yw’r wybodaeth yn cael ei chadw ac, os felly, a yw’n cael ei datgelu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Question %1 is answered &apos;not held&apos; and also covered by a claim to neither confirm nor deny. Saying it is not held denies holding it: choose one, and if NCND is needed, remove the &apos;not held&apos; answer.</source>
        <translation>Atebwyd cwestiwn %1 ‘heb ei chadw’ ac mae hefyd o dan hawliad i beidio â chadarnhau na gwadu. Mae dweud nad yw’n cael ei chadw yn gwadu ei bod yn cael ei chadw: dewiswch un, ac os oes angen NCND, tynnwch yr ateb ‘heb ei chadw’.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question %1 is answered &apos;not held&apos; but no search is recorded. If the requester complains, the ICO decides on the balance of probabilities, looking at where you searched, who searched, with what terms and when: record each search made.</source>
        <translation>Atebwyd cwestiwn %1 ‘heb ei chadw’ ond nid oes chwiliad wedi’i gofnodi. Os bydd yr ymgeisydd yn cwyno, bydd yr ICO yn penderfynu ar sail pwysau tebygolrwydd, gan edrych ble y chwiliwyd, pwy a chwiliodd, gyda pha dermau a phryd: cofnodwch bob chwiliad a wnaed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Question %1 is neither confirmed nor denied, but no claim names the provision that removes the duty to confirm or deny (%2). Add the claim, e.g. s31(3) or s24(2).</source>
        <translation>Nid yw cwestiwn %1 wedi’i gadarnhau na’i wadu, ond nid oes hawliad yn enwi’r ddarpariaeth sy’n dileu’r ddyletswydd i gadarnhau neu wadu (%2). Ychwanegwch yr hawliad, e.e. adran 31(3) neu adran 24(2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question %1 withholds information without naming the exemption relied on (%2). Add a claim for the provision at subsection level.</source>
        <translation>Mae cwestiwn %1 yn dal gwybodaeth yn ôl heb enwi’r eithriad y dibynnir arno (%2). Ychwanegwch hawliad am y ddarpariaeth ar lefel is-adran.</translation>
    </message>
</context>
<context>
    <name>foi::core::SearchEvidence</name>
    <message>
        <location filename="../../core/services/SearchEvidence.cpp" line="+34"/>
        <source>Cite search evidence ‘%1’ for %2</source>
        <translation>Dyfynnu tystiolaeth chwilio ‘%1’ ar gyfer %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdraw search evidence ‘%1’ from %2</source>
        <translation>Hepgor tystiolaeth chwilio ‘%1’ o %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>‘%1’ is not in this store (SHA-256 %2…). Attach the file to this case again as search evidence: it is recognised by its content and the citation is whole again.</source>
        <translation>Nid yw ‘%1’ yn y storfa hon (SHA-256 %2…). Atodwch y ffeil i’r achos hwn eto fel tystiolaeth chwilio: caiff ei hadnabod wrth ei chynnwys a bydd y dyfyniad yn gyflawn eto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>‘%1’ was not removed: the searches for %2 cite it as evidence. Withdraw it from %3 on the Held? step first (a “not held” answer may rest on it), then remove the file.</source>
        <translation>Ni thynnwyd ‘%1’: mae’r chwiliadau ar gyfer %2 yn ei dyfynnu fel tystiolaeth. Hepgorwch hi o %3 ar y cam A gedwir? yn gyntaf (efallai bod ateb “heb ei chadw” yn dibynnu arni), yna tynnwch y ffeil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>that question</source>
        <translation>y cwestiwn hwnnw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each of those questions</source>
        <translation>pob un o’r cwestiynau hynny</translation>
    </message>
</context>
<context>
    <name>foi::core::SendReadiness</name>
    <message>
        <location filename="../../core/services/SendReadiness.cpp" line="+39"/>
        <source>%1 is to be released with the reply but has not been scanned for hidden data: scan it under Released files.</source>
        <translation>Mae %1 i’w ryddhau gyda’r ymateb ond nid yw wedi’i sganio am ddata cudd: sganiwch ef o dan Ffeiliau i’w rhyddhau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has changed since it was scanned (its SHA-256 differs): scan it again under Released files.</source>
        <translation>Mae %1 wedi newid ers ei sganio (mae ei SHA-256 yn wahanol): sganiwch ef eto o dan Ffeiliau i’w rhyddhau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is of a type the scan cannot read: check it by hand and record why it is safe, or take it out of the release and release it as PDF or CSV.</source>
        <translation>Mae %1 o fath na all y sgan ei ddarllen: gwiriwch ef â llaw a chofnodwch pam mae’n ddiogel, neu tynnwch ef o’r rhyddhau a’i ryddhau fel PDF neu CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be checked (%2): take it out of the release and release a copy that opens.</source>
        <translation>Nid oedd modd gwirio %1 (%2): tynnwch ef o’r rhyddhau a rhyddhewch gopi sy’n agor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds hidden data or metadata not yet dealt with: %2. Take the file out of the release, or keep it with a reason.</source>
        <translation>Mae %1 yn cynnwys data cudd neu fetadata heb eu trin eto: %2. Tynnwch y ffeil o’r rhyddhau, neu cadwch hi gyda rheswm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2 findings not yet dealt with: %3. Take the file out of the release, or keep each with a reason.</source>
        <translation>Mae %1 yn cynnwys %2 canfyddiad heb eu trin eto: %3. Tynnwch y ffeil o’r rhyddhau, neu cadwch bob un gyda rheswm.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was %2 on %3, so no reply is owed and none can be sent. If the request is live again, reopen it (Case, Reopen) with the reason first.</source>
        <translation>Cafodd %1 ei %2 ar %3, felly nid oes ymateb yn ddyledus ac ni ellir anfon un. Os yw’r cais yn fyw eto, ailagorwch ef (Achos, Ailagor) gyda’r rheswm yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed as lapsed</source>
        <translation>gau fel un wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply version %1 was sent on %2 and is a fact: it cannot be sent again or replaced. To change the decision, use &quot;Amend after sending&quot;, give the reason, and send the correction letter.</source>
        <translation>Anfonwyd fersiwn %1 o’r ymateb ar %2 ac mae’n ffaith: ni ellir ei anfon eto na’i ddisodli. I newid y penderfyniad, defnyddiwch “Diwygio ar ôl anfon”, rhowch y rheswm, ac anfonwch y llythyr cywiro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amended decision still reads as the letter sent, so there is nothing to correct yet: change the decision first.</source>
        <translation>Mae’r penderfyniad diwygiedig yn dal i ddarllen fel y llythyr a anfonwyd, felly nid oes dim i’w gywiro eto: newidiwch y penderfyniad yn gyntaf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checker still finds %1 in %2, so its reply can only be a DRAFT. Fix them (the findings panel takes you to each), then export the final reply.</source>
        <translation>Mae’r gwiriwr yn dal i ganfod %1 yn %2, felly dim ond DRAFFT all ei ymateb fod. Cywirwch nhw (mae’r panel canfyddiadau yn mynd â chi at bob un), yna allforiwch yr ymateb terfynol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 error</source>
        <translation>1 gwall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 gwall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter needs the authority&apos;s profile (its address and review contact), which cannot be used: %1 Set it up in Settings, Authority.</source>
        <translation>Mae’r llythyr angen proffil yr awdurdod (ei gyfeiriad a’i gyswllt adolygu), na ellir ei ddefnyddio: %1 Gosodwch ef yn Gosodiadau, Awdurdod.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reviewer</source>
        <translation>yr adolygydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last review returned the case (%1): answer the review and export it for review again, or send it anyway with a reason, which is recorded.</source>
        <translation>Dychwelodd yr adolygiad diwethaf yr achos (%1): atebwch yr adolygiad a’i allforio i’w adolygu eto, neu anfonwch ef beth bynnag gyda rheswm, a gofnodir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case was exported for review and no response has been imported: wait for the review (Review, Import response), or send it anyway with a reason, which is recorded.</source>
        <translation>Allforiwyd yr achos i’w adolygu ac nid oes ymateb wedi’i fewnforio: arhoswch am yr adolygiad (Achos, Mewnforio ymateb adolygu), neu anfonwch ef beth bynnag gyda rheswm, a gofnodir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The reply is ready to send.</source>
        <translation>Mae’r ymateb yn barod i’w anfon.</translation>
    </message>
</context>
<context>
    <name>foi::core::SentReplyLock</name>
    <message>
        <location filename="../../core/services/SentReplyLock.cpp" line="+62"/>
        <source>Reply version %1 of %2 was sent on %3, so its decision is locked and was not changed. To change it, use &quot;Amend after sending&quot; on the case, give the reason, and then send the correction letter.</source>
        <translation>Anfonwyd fersiwn %1 o ymateb %2 ar %3, felly mae ei benderfyniad wedi’i gloi ac ni chafodd ei newid. I’w newid, defnyddiwch “Diwygio ar ôl anfon” ar yr achos, rhowch y rheswm, ac yna anfonwch y llythyr cywiro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No reply has been sent on %1 yet, so there is nothing to amend: change the decision directly.</source>
        <translation>Nid oes ymateb wedi’i anfon ar %1 eto, felly nid oes dim i’w ddiwygio: newidiwch y penderfyniad yn uniongyrchol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An amendment of %1 is already open: change the decision, then send its correction letter from the Reply step.</source>
        <translation>Mae diwygiad o %1 eisoes ar agor: newidiwch y penderfyniad, yna anfonwch ei lythyr cywiro o’r cam Ymateb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why the decision is changed after the reply was sent: the reason is kept in the case&apos;s history and explained in the correction letter.</source>
        <translation>Dywedwch pam mae’r penderfyniad yn cael ei newid ar ôl anfon yr ymateb: cedwir y rheswm yn hanes yr achos a chaiff ei esbonio yn y llythyr cywiro.</translation>
    </message>
</context>
<context>
    <name>foi::core::WholeRequestRules</name>
    <message>
        <location filename="../../core/rules/WholeRequestRules.cpp" line="+18"/>
        <source>Question %1 is answered &apos;not held&apos; but refused as costing too much. The cost limit is about the cost of complying, and for information not held there is nothing to comply with: keep &apos;not held&apos; (with the searches made) or, if establishing whether it is held would itself cost too much, leave the holding undecided and rely on s12 for the whole request.</source>
        <translation>Atebwyd cwestiwn %1 ‘heb ei chadw’ ond fe’i gwrthodwyd am ei fod yn costio gormod. Mae’r terfyn costau yn ymwneud â chost cydymffurfio, ac ar gyfer gwybodaeth nad yw’n cael ei chadw nid oes dim i gydymffurfio ag ef: cadwch ‘heb ei chadw’ (gyda’r chwiliadau a wnaed) neu, os byddai canfod a yw’n cael ei chadw ynddo’i hun yn costio gormod, gadewch hynny heb ei benderfynu a dibynnwch ar adran 12 ar gyfer y cais cyfan.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request is refused as manifestly unreasonable (reg 12(4)(b)) without the estimate of the burden: record the hours for each activity needed to comply. The EIR have no cost limit, but the 18 or 24 hours of the Fees Regulations are a guide (ICO).</source>
        <translation>Gwrthodir y cais fel un sy’n amlwg yn afresymol (rheoliad 12(4)(b)) heb amcangyfrif o’r baich: cofnodwch yr oriau ar gyfer pob gweithgaredd sydd ei angen i gydymffurfio. Nid oes gan yr EIR derfyn costau, ond mae 18 neu 24 awr y Rheoliadau Ffioedd yn ganllaw (ICO).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A refusal under reg 12(4)(b) must come with advice and assistance (reg 9(1)): say how the request could be narrowed so that it can be answered, or why nothing could help.</source>
        <translation>Rhaid i wrthod o dan reoliad 12(4)(b) ddod gyda chyngor a chymorth (rheoliad 9(1)): dywedwch sut y gellid culhau’r cais fel y gellir ei ateb, neu pam na allai dim helpu.</translation>
    </message>
</context>
<context>
    <name>foi::ui::AggregationPanel</name>
    <message>
        <location filename="../../ui/workspace/AggregationPanel.cpp" line="+17"/>
        <source>Requests to aggregate (Fees Regulations reg 5)</source>
        <translation>Ceisiadau i’w cyfuno (Rheoliadau Ffioedd, rheoliad 5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requests that may be aggregated</source>
        <translation>Ceisiadau y gellir eu cyfuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick a request to add its costs to this estimate; untick to take it out</source>
        <translation>Ticiwch gais i ychwanegu ei gostau at yr amcangyfrif hwn; dad-diciwch i’w dynnu allan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no name given</source>
        <translation>dim enw wedi’i roi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2, received %3 (%4 apart)
%5
“%6”</source>
        <translation>%1 gan %2, derbyniwyd %3 (%4 ar wahân)
%5
“%6”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working day</source>
        <translation>diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no request text</source>
        <translation>dim testun cais</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case store is not available.</source>
        <translation>Nid yw’r storfa achosion ar gael.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests under the EIR are not aggregated: the Fees Regulations apply to FOIA section 12 only.</source>
        <translation>Ni chaiff ceisiadau o dan yr EIR eu cyfuno: mae’r Rheoliadau Ffioedd yn gymwys i adran 12 y Ddeddf Rhyddid Gwybodaeth yn unig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for related requests…</source>
        <translation>Yn chwilio am geisiadau cysylltiedig…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other request within 60 working days of this one has the same requester&apos;s name, email or address, or wording like it.</source>
        <translation>Nid oes cais arall o fewn 60 diwrnod gwaith i hwn gyda’r un enw, e-bost neu gyfeiriad ymgeisydd, na geiriad tebyg iddo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within 60 working days (reg 5(2)(b)): the same requester, the same contact details, or wording alike. Tick only requests for the same or similar information, and others&apos; requests only if you can show a link.</source>
        <translation>O fewn 60 diwrnod gwaith (rheoliad 5(2)(b)): yr un ymgeisydd, yr un manylion cyswllt, neu eiriad tebyg. Ticiwch geisiadau am yr un wybodaeth neu wybodaeth debyg yn unig, a cheisiadau pobl eraill dim ond os gallwch ddangos cysylltiad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aggregate request %1</source>
        <translation>Cyfuno cais %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop aggregating request %1</source>
        <translation>Peidio â chyfuno cais %1</translation>
    </message>
</context>
<context>
    <name>foi::ui::AmendAfterSendingDialog</name>
    <message>
        <location filename="../../ui/workspace/AmendAfterSendingDialog.cpp" line="+19"/>
        <source>Amend %1 after sending</source>
        <translation>Diwygio %1 ar ôl ei anfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply version %1 was sent on %2. Changing its decision now needs a reason: it is kept in the case&apos;s history, and the correction letter you then send explains it to the requester and says what changed.</source>
        <translation>Anfonwyd fersiwn %1 o’r ymateb ar %2. Mae newid ei benderfyniad nawr yn gofyn am reswm: caiff ei gadw yn hanes yr achos, ac mae’r llythyr cywiro a anfonwch wedyn yn ei esbonio i’r ymgeisydd ac yn dweud beth newidiodd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the letter sent said</source>
        <translation>Yr hyn a ddywedodd y llythyr a anfonwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the decision is changed</source>
        <translation>Pam mae’r penderfyniad yn cael ei newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: a further search found the records held in the archive</source>
        <translation>Er enghraifft: daeth chwiliad pellach o hyd i’r cofnodion yn yr archif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the letter &amp;sent said:</source>
        <translation>Yr hyn a ddywedodd y llythyr a a&amp;nfonwyd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why the decision changes:</source>
        <translation>P&amp;am mae’r penderfyniad yn newid:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amend after sending</source>
        <translation>&amp;Diwygio ar ôl anfon</translation>
    </message>
</context>
<context>
    <name>foi::ui::AppealDialog</name>
    <message>
        <location filename="../../ui/workspace/CommissionerDialogs.cpp" line="+173"/>
        <source>Record an appeal to the tribunal</source>
        <translation>Cofnodi apêl i’r tribiwnlys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requester</source>
        <translation>Yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority</source>
        <translation>Yr awdurdod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EA/2025/0123, once the tribunal gives one</source>
        <translation>EA/2025/0123, pan fydd y tribiwnlys yn rhoi un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps the appeal affects</source>
        <translation>Y camau y mae’r apêl yn effeithio arnynt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appeal &amp;by:</source>
        <translation>Apêl &amp;gan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lodged on:</source>
        <translation>Wedi’i &amp;chyflwyno ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tribunal &amp;reference:</source>
        <translation>Cyfeirnod y &amp;tribiwnlys:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Affects:</source>
        <translation>Yn &amp;effeithio ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While the appeal is pending the steps it affects need not be taken (s50(6)): they show as suspended until it ends.</source>
        <translation>Tra bo’r apêl yn yr arfaeth nid oes angen cymryd y camau y mae’n effeithio arnynt (adran 50(6)): dangosir eu bod wedi’u hatal nes iddi ddod i ben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record appeal</source>
        <translation>Cofnodi’r apêl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick the steps the appeal affects.</source>
        <translation>Ticiwch y camau y mae’r apêl yn effeithio arnynt.</translation>
    </message>
</context>
<context>
    <name>foi::ui::AppealEndDialog</name>
    <message>
        <location line="+12"/>
        <source>Record how the appeal ended</source>
        <translation>Cofnodi sut y daeth yr apêl i ben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn</source>
        <translation>Wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed: the decision notice stands</source>
        <translation>Gwrthodwyd: mae’r hysbysiad penderfyniad yn sefyll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly allowed</source>
        <translation>Caniatawyd yn rhannol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>Caniatawyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Outcome:</source>
        <translation>C&amp;anlyniad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended on:</source>
        <translation>Daeth i &amp;ben ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended steps &amp;due on:</source>
        <translation>Camau a ataliwyd yn &amp;ddyledus ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps the appeal suspended run again from the date the tribunal&apos;s decision or the withdrawal gives.</source>
        <translation>Mae’r camau a ataliodd yr apêl yn rhedeg eto o’r dyddiad a roddir gan benderfyniad y tribiwnlys neu’r tynnu’n ôl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record outcome</source>
        <translation>Cofnodi’r canlyniad</translation>
    </message>
</context>
<context>
    <name>foi::ui::AttachmentsPanel</name>
    <message>
        <location filename="../../ui/workspace/AttachmentsPanel.cpp" line="+29"/>
        <source>Attached files</source>
        <translation>Ffeiliau atodedig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>O&amp;pen</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected file</source>
        <translation>Agor y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove f&amp;ile</source>
        <translation>Tynnu’r ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected file from the case</source>
        <translation>Tynnu’r ffeil a ddewiswyd o’r achos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of the selected file</source>
        <translation>Math y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing it records the new kind in the case&apos;s history</source>
        <translation>Mae ei newid yn cofnodi’r math newydd yn hanes yr achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file to change its kind</source>
        <translation>Dewiswch ffeil i newid ei math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 attached to the case</source>
        <translation>%1 ynghlwm wrth yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens one</source>
        <translation>Mae Enter yn agor un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach evi&amp;dence…</source>
        <translation>Atodi tystiolaeth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files as %1</source>
        <translation>Atodi ffeiliau fel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files attached to the case</source>
        <translation>Ffeiliau sydd ynghlwm wrth yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped by kind: the request as received, correspondence, search evidence and other; Enter opens one</source>
        <translation>Wedi’u grwpio yn ôl math: y cais fel y’i derbyniwyd, gohebiaeth, tystiolaeth chwilio ac arall; mae Enter yn agor un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach fi&amp;les…</source>
        <translation>At&amp;odi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to the case, choosing their kind</source>
        <translation>Atodi ffeiliau i’r achos, gan ddewis eu math</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Attach %1 to case %2</source>
        <translation>Atodi %1 i achos %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None attached yet.</source>
        <translation>Dim wedi’u hatodi eto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
cited by the searches for %2</source>
        <translation>%1
wedi’i dyfynnu gan y chwiliadau ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
not cited by any search yet</source>
        <translation>%1
heb ei dyfynnu gan unrhyw chwiliad eto</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No program on this computer opens %1. Its copy is at %2.</source>
        <translation>Nid oes rhaglen ar y cyfrifiadur hwn yn agor %1. Mae ei gopi yn %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was not removed: the case could not be saved first, so whether a search cites it cannot be checked. Deal with the saving problem, then remove it again.</source>
        <translation>Ni thynnwyd %1: nid oedd modd cadw’r achos yn gyntaf, felly ni ellir gwirio a yw chwiliad yn ei dyfynnu. Datryswch y broblem gadw, yna tynnwch hi eto.</translation>
    </message>
</context>
<context>
    <name>foi::ui::AuthorityPage</name>
    <message>
        <location filename="../../ui/settings/AuthorityPage.cpp" line="+43"/>
        <source>Authority&apos;s name</source>
        <translation>Enw’r awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads and signs every reply letter</source>
        <translation>Ar frig a than bob llythyr ymateb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of authority</source>
        <translation>Math o awdurdod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decides which exemptions the authority may use and its cost limit</source>
        <translation>Yn penderfynu pa eithriadau y caiff yr awdurdod eu defnyddio a’i derfyn costau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authority&apos;s address</source>
        <translation>Cyfeiriad yr awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line of the postal address per line</source>
        <translation>Un llinell o’r cyfeiriad post i bob llinell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FOI unit</source>
        <translation>Uned rhyddid gwybodaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOI unit email</source>
        <translation>E-bost yr uned rhyddid gwybodaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal review contact</source>
        <translation>Cyswllt adolygu mewnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The postal or email address the letter gives for asking for an internal review</source>
        <translation>Y cyfeiriad post neu e-bost y mae’r llythyr yn ei roi ar gyfer gofyn am adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to sign in the FOI unit&apos;s name</source>
        <translation>Gadewch yn wag i lofnodi yn enw’r uned rhyddid gwybodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s role</source>
        <translation>Rôl y llofnodwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo file</source>
        <translation>Ffeil logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional PNG or JPEG for the letterhead</source>
        <translation>PNG neu JPEG dewisol ar gyfer pennawd y llythyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the authority&apos;s own letter paragraphs</source>
        <translation>Ffolder paragraffau llythyr yr awdurdod ei hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: .mustache files that replace the standard paragraphs of the same name</source>
        <translation>Dewisol: ffeiliau .mustache sy’n disodli’r paragraffau safonol o’r un enw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout of bilingual letters</source>
        <translation>Cynllun llythyrau dwyieithog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a letter in Welsh and English sets out its two languages</source>
        <translation>Sut mae llythyr yn Gymraeg ac yn Saesneg yn gosod ei ddwy iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh first, then English</source>
        <translation>Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side, Welsh on the left</source>
        <translation>Ochr yn ochr, Cymraeg ar y chwith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in %1</source>
        <translation>Wedi’i gadw yn %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the %1</source>
        <translation>Dewis y %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of authority:</source>
        <translation>&amp;Math o awdurdod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOI &amp;unit:</source>
        <translation>&amp;Uned rhyddid gwybodaeth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOI unit &amp;email:</source>
        <translation>E-&amp;bost yr uned:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal review contact:</source>
        <translation>Cyswllt adolygu mewn&amp;ol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gned by:</source>
        <translation>Llofnodwyd &amp;gan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s r&amp;ole:</source>
        <translation>Rôl y llofnod&amp;wr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo file:</source>
        <translation>&amp;Ffeil logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Own letter &amp;paragraphs:</source>
        <translation>&amp;Paragraffau llythyr eich hun:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilingual letters:</source>
        <translation>&amp;Llythyrau dwyieithog:</translation>
    </message>
</context>
<context>
    <name>foi::ui::AuthorityProfileOffer</name>
    <message>
        <location filename="../../ui/workspace/AuthorityProfileOffer.cpp" line="+15"/>
        <source>Reply letters are signed with your authority&apos;s profile (its name, address, FOI unit and internal review contact), which is not filled in yet. Fill it in now, or later in Settings (Ctrl+,); the Reply step needs it to send a final reply.</source>
        <translation>Caiff llythyrau ymateb eu llofnodi â phroffil eich awdurdod (ei enw, ei gyfeiriad, ei uned rhyddid gwybodaeth a’i gyswllt adolygu mewnol), nad yw wedi’i lenwi eto. Llenwch ef nawr, neu’n nes ymlaen yn y Gosodiadau (Ctrl+,); mae’r cam Ymateb ei angen i anfon ymateb terfynol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in the authority profile…</source>
        <translation>Llenwi proffil yr awdurdod…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Yn nes ymlaen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this offer until the workbench is started again</source>
        <translation>Cuddio’r cynnig hwn nes i’r fainc waith gael ei chychwyn eto</translation>
    </message>
</context>
<context>
    <name>foi::ui::BackgroundTask</name>
    <message>
        <location filename="../../ui/tasks/BackgroundTask.cpp" line="+34"/>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping after the current step…</source>
        <translation>Yn stopio ar ôl y cam presennol…</translation>
    </message>
</context>
<context>
    <name>foi::ui::CalendarImportPage</name>
    <message>
        <location filename="../../ui/settings/CalendarImportPage.cpp" line="+16"/>
        <source>Working days leave out weekends, Christmas Day, Good Friday and the bank holidays of every part of the United Kingdom (FOIA s10(6)). When GOV.UK publishes new bank holidays, download its bank-holidays.json and import it here.</source>
        <translation>Nid yw diwrnodau gwaith yn cynnwys penwythnosau, Dydd Nadolig, Dydd Gwener y Groglith na gwyliau banc unrhyw ran o’r Deyrnas Unedig (adran 10(6) o’r Ddeddf). Pan fydd GOV.UK yn cyhoeddi gwyliau banc newydd, lawrlwythwch ei ffeil bank-holidays.json a’i mewnforio yma.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import bank holidays…</source>
        <translation>&amp;Mewnforio gwyliau banc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a GOV.UK bank-holidays.json file to count working days with</source>
        <translation>Dewis ffeil bank-holidays.json GOV.UK i gyfrif diwrnodau gwaith â hi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import bank holidays</source>
        <translation>Mewnforio gwyliau banc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOV.UK bank holidays (*.json)</source>
        <translation>Gwyliau banc GOV.UK (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In use: the bank holidays built into FOI Workbench (%1), with later years projected by rule.</source>
        <translation>Yn cael eu defnyddio: y gwyliau banc sydd wedi’u cynnwys yn FOI Workbench (%1), gyda blynyddoedd diweddarach wedi’u rhagamcanu yn ôl rheol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In use: your imported bank holidays (%1) over the built-in ones, kept in %2.</source>
        <translation>Yn cael eu defnyddio: y gwyliau banc a fewnforiwyd gennych (%1) dros y rhai adeiledig, wedi’u cadw yn %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your imported bank holidays in %1 cannot be used: %2 The built-in ones are used instead; import a good file to replace it.</source>
        <translation>Ni ellir defnyddio’r gwyliau banc a fewnforiwyd gennych yn %1: %2 Defnyddir y rhai adeiledig yn eu lle; mewnforiwch ffeil dda i’w disodli.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: %1 Nothing was changed.</source>
        <translation>Heb ei fewnforio: %1 Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseHistoryDialog</name>
    <message>
        <location filename="../../ui/history/CaseHistoryDialog.cpp" line="+19"/>
        <source>Case history</source>
        <translation>Hanes yr achos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes to the case, newest first</source>
        <translation>Newidiadau i’r achos, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>History of case %1</source>
        <translation>Hanes achos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved change to case %1, newest first, as the audit trail recorded it, with each value as it was and as it is now (long text cut around the change). Saves of the same thing by one officer a few seconds apart are one line. Times are in this computer&apos;s time zone.</source>
        <translation>Pob newid a gadwyd i achos %1, y diweddaraf yn gyntaf, fel y’i cofnodwyd yn y trywydd archwilio, gyda phob gwerth fel yr oedd ac fel y mae nawr (testun hir wedi’i dorri o amgylch y newid). Mae cadw’r un peth gan un swyddog o fewn ychydig eiliadau yn un llinell. Mae’r amseroedd yng nghylchfa amser y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseHistoryModel</name>
    <message>
        <location filename="../../ui/models/CaseHistoryModel.cpp" line="+46"/>
        <source>(no officer named)</source>
        <translation>(dim swyddog wedi’i enwi)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (%n saves)</source>
        <translation>
            <numerusform>%1 (wedi’i gadw %n gwaith)</numerusform>
            <numerusform>%1 (wedi’i gadw %n gwaith)</numerusform>
            <numerusform>%1 (wedi’i gadw %n gwaith)</numerusform>
            <numerusform>%1 (wedi’i gadw %n gwaith)</numerusform>
            <numerusform>%1 (wedi’i gadw %n gwaith)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseLifecycleActions</name>
    <message>
        <location filename="../../ui/workspace/CaseLifecycleActions.cpp" line="+42"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu’n ôl…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as &amp;lapsed…</source>
        <translation>Cau fel un wedi &amp;dod i ben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Ailagor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete case created in error…</source>
        <translation>D&amp;ileu achos a grëwyd ar gam…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>Open a case first.</source>
        <translation>Agorwch achos yn gyntaf.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: reopen it first.</source>
        <translation>%1: ailagorwch ef yn gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply was sent: the request was answered.</source>
        <translation>Anfonwyd ymateb: atebwyd y cais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requester withdrew the request: close it, counted as withdrawn, with no reply</source>
        <translation>Tynnodd yr ymgeisydd y cais yn ôl: ei gau, wedi’i gyfrif fel un a dynnwyd yn ôl, heb ymateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clarification asked for under s1(3) never came: close the request as lapsed</source>
        <translation>Ni ddaeth yr eglurhad y gofynnwyd amdano o dan adran 1(3): cau’r cais fel un wedi dod i ben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the request: its clock runs again</source>
        <translation>Ailagor y cais: mae ei gloc yn rhedeg eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is open.</source>
        <translation>Mae’r cais ar agor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1: it was created in error today and nothing of it was sent</source>
        <translation>Dileu %1: fe’i crëwyd ar gam heddiw ac ni anfonwyd dim ohono</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Withdraw the request</source>
        <translation>Tynnu’r cais yn ôl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the request as lapsed</source>
        <translation>Cau’r cais fel un wedi dod i ben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen the request</source>
        <translation>Ailagor y cais</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 goes from the case list and the store for good. The audit trail keeps the record that it existed and was deleted, with your reason (do not name the requester in it).</source>
        <translation>Bydd %1 yn diflannu o’r rhestr achosion ac o’r storfa am byth. Mae’r trywydd archwilio’n cadw’r cofnod ei fod yn bodoli ac iddo gael ei ddileu, gyda’ch rheswm (peidiwch ag enwi’r ymgeisydd ynddo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete the case</source>
        <translation>&amp;Dileu’r achos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw %1</source>
        <translation>Tynnu %1 yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is closed as withdrawn on the day you give: its clock stops, it is counted as withdrawn, and no reply can be sent unless it is reopened. Say how the requester withdrew it.</source>
        <translation>Caiff y cais ei gau fel un a dynnwyd yn ôl ar y diwrnod a roddwch: mae ei gloc yn stopio, caiff ei gyfrif fel un a dynnwyd yn ôl, ac ni ellir anfon ymateb oni bai ei fod yn cael ei ailagor. Dywedwch sut y tynnodd yr ymgeisydd ef yn ôl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu’n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close %1 as lapsed</source>
        <translation>Cau %1 fel un wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is closed because the clarification asked for under s1(3) never came (the workbench waits %1 months from the day it was sought). Its clock stops and it is counted as lapsed.</source>
        <translation>Caiff y cais ei gau am na ddaeth yr eglurhad y gofynnwyd amdano o dan adran 1(3) (mae’r fainc waith yn aros %1 mis o’r diwrnod y gofynnwyd amdano). Mae ei gloc yn stopio a chaiff ei gyfrif fel un wedi dod i ben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close as &amp;lapsed</source>
        <translation>Cau fel un wedi &amp;dod i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen %1</source>
        <translation>Ailagor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is open again and its clock runs from the date of receipt or the last clarification received. Say why.</source>
        <translation>Mae’r cais ar agor eto ac mae ei gloc yn rhedeg o’r dyddiad derbyn neu’r eglurhad diwethaf a dderbyniwyd. Dywedwch pam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Ailagor</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseLifecycleDialog</name>
    <message>
        <location filename="../../ui/workspace/CaseLifecycleDialog.cpp" line="+31"/>
        <source>&amp;On:</source>
        <translation>A&amp;r:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseListModel</name>
    <message>
        <location filename="../../ui/models/CaseListModel.cpp" line="+83"/>
        <source>Awaiting review</source>
        <translation>Aros am adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Wedi’i ddychwelyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Wedi’i gymeradwyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since approval</source>
        <translation>Newid ers cymeradwyo</translation>
    </message>
    <message>
        <location line="+444"/>
        <source>Loading</source>
        <translation>Yn llwytho</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 overdue</source>
        <translation>%1 yn hwyr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawn</source>
        <translation>Wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent for review</source>
        <translation>Dim adolygiad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of receipt</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working days left</source>
        <translation>Diwrnodau gwaith ar ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseListView</name>
    <message>
        <location filename="../../ui/caselist/CaseListView.cpp" line="+72"/>
        <source>Search cases</source>
        <translation>Chwilio achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search references, requesters and request text (Ctrl+F)</source>
        <translation>Chwilio cyfeirnodau, ymgeiswyr a thestun ceisiadau (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Achosion ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regime</source>
        <translation>Cyfundrefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOIA and EIR</source>
        <translation>FOIA ac EIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOIA only</source>
        <translation>FOIA yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EIR only</source>
        <translation>EIR yn unig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any due date</source>
        <translation>Pob dyddiad cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due within %n working days</source>
        <translation>
            <numerusform>O fewn %n diwrnod gwaith</numerusform>
            <numerusform>O fewn %n diwrnod gwaith</numerusform>
            <numerusform>O fewn %n diwrnod gwaith</numerusform>
            <numerusform>O fewn %n diwrnod gwaith</numerusform>
            <numerusform>O fewn %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <location line="+128"/>
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
            <numerusform>%Ln achos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any review stage</source>
        <translation>Pob cam adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent for review</source>
        <translation>Dim adolygiad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of correspondence</source>
        <translation>Iaith gohebiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Pob iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual</source>
        <translation>Dwyieithog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
</context>
<context>
    <name>foi::ui::CaseWorkspace</name>
    <message>
        <location filename="../../ui/workspace/CaseWorkspace.cpp" line="+199"/>
        <source>How is this counted?</source>
        <translation>Sut y’i cyfrifir?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the deadline day by day</source>
        <translation>Dangos y dyddiad cau fesul diwrnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the Act needs at this step</source>
        <translation>Yr hyn sydd ei angen ar y Ddeddf yn y cam hwn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;What the Act needs here.&lt;/b&gt; %1: %2</source>
        <translation>&lt;b&gt;Yr hyn sydd ei angen ar y Ddeddf yma.&lt;/b&gt; %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next step</source>
        <translation>Cam &amp;nesaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Previous step</source>
        <translation>Cam b&amp;laenorol</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>requester not named yet</source>
        <translation>ymgeisydd heb ei enwi eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Received %1 · %2 · the clock is stopped</source>
        <translation>Derbyniwyd %1 · %2 · mae’r cloc wedi’i atal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received %1 · due %2 · replied %3</source>
        <translation>Derbyniwyd %1 · dyddiad cau %2 · atebwyd %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n working day left</source>
        <translation>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working days left</source>
        <translation>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>overdue by %n working day</source>
        <translation>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>overdue by %n working days</source>
        <translation>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
            <numerusform>%n diwrnod gwaith yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>due today</source>
        <translation>dyddiad cau heddiw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received %1 · due %2 · %3</source>
        <translation>Derbyniwyd %1 · dyddiad cau %2 · %3</translation>
    </message>
</context>
<context>
    <name>foi::ui::CiteEvidenceDialog</name>
    <message>
        <location filename="../../ui/workspace/CiteEvidenceDialog.cpp" line="+26"/>
        <source>Cite evidence of a search</source>
        <translation>Dyfynnu tystiolaeth o chwiliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the files that show the search of %1. Files are attached to the case as search evidence; a file that is not attached yet can be attached here.</source>
        <translation>Ticiwch y ffeiliau sy’n dangos y chwiliad o %1. Caiff ffeiliau eu hatodi i’r achos fel tystiolaeth chwilio; gellir atodi yma ffeil nad yw wedi’i hatodi eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search evidence attached to the case</source>
        <translation>Tystiolaeth chwilio sydd ynghlwm wrth yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks a file to cite it</source>
        <translation>Mae Bylchwr yn ticio ffeil i’w dyfynnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Attach a new file…</source>
        <translation>&amp;Atodi ffeil newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a new file as search evidence and cite it</source>
        <translation>Atodi ffeil newydd fel tystiolaeth chwilio a’i dyfynnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cite</source>
        <translation>&amp;Dyfynnu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — already cited</source>
        <translation>%1 — wedi’i dyfynnu eisoes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>foi::ui::ClaimChooser</name>
    <message>
        <location filename="../../ui/widgets/ClaimChooser.cpp" line="+25"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>foi::ui::ClaimListModel</name>
    <message>
        <location filename="../../ui/models/ClaimListModel.cpp" line="+40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relieves the duty to confirm or deny</source>
        <translation>Yn dileu’r ddyletswydd i gadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relieves the duty to communicate</source>
        <translation>Yn dileu’r ddyletswydd i gyfleu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any other information</source>
        <translation>unrhyw wybodaeth arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2 · covers %3</source>
        <translation>%1
%2 · yn cwmpasu %3</translation>
    </message>
</context>
<context>
    <name>foi::ui::ClockStep</name>
    <message>
        <location filename="../../ui/workspace/ClockStep.cpp" line="+40"/>
        <source>Changes to the clock</source>
        <translation>Newidiadau i’r cloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On</source>
        <translation>Ar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated decision date</source>
        <translation>Dyddiad disgwyliedig y penderfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a public interest extension: the date given to the requester (s17(2))</source>
        <translation>Ar gyfer estyniad er budd y cyhoedd: y dyddiad a roddwyd i’r ymgeisydd (adran 17(2))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the clock</source>
        <translation>Ychwanegu at y cl&amp;oc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected clock change</source>
        <translation>Tynnu’r newid i’r cloc a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the deadline is counted</source>
        <translation>Sut mae’r dyddiad cau yn cael ei gyfrif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;What happened:</source>
        <translation>Beth dd&amp;igwyddodd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;n:</source>
        <translation>A&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es&amp;timated decision:</source>
        <translation>Penderfyniad &amp;disgwyliedig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clarification, fees and extensions</source>
        <translation>Eglurhad, ffioedd ac estyniadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deadline, day by day</source>
        <translation>Y dyddiad cau, fesul diwrnod</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a clock change</source>
        <translation>Tynnu newid i’r cloc</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (decision expected by %2)</source>
        <translation>%1 (disgwylir penderfyniad erbyn %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clock runs again.</source>
        <translation>Mae’r cloc yn rhedeg eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock stopped: no reply is owed.</source>
        <translation>Stopiodd y cloc: nid oes ymateb yn ddyledus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clarification, fees and extensions, and the deadline day by day</source>
        <translation>Eglurhad, ffioedd ac estyniadau, a’r dyddiad cau fesul diwrnod</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ClockStep.h" line="+29"/>
        <source>Clock</source>
        <translation>Cloc</translation>
    </message>
</context>
<context>
    <name>foi::ui::CommissionerPanel</name>
    <message>
        <location filename="../../ui/workspace/CommissionerPanel.cpp" line="+48"/>
        <source>Information Commissioner and tribunal</source>
        <translation>Y Comisiynydd Gwybodaeth a’r tribiwnlys</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decision notice&apos;s steps</source>
        <translation>Camau’r hysbysiad penderfyniad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ICO &amp;date…</source>
        <translation>D&amp;yddiad yr ICO…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date the ICO set in a letter or an information notice (s51)</source>
        <translation>Dyddiad a osododd yr ICO mewn llythyr neu hysbysiad gwybodaeth (adran 51)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;notice…</source>
        <translation>Hysbysiad &amp;penderfyniad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appeal lodged…</source>
        <translation>Apêl wedi’i &amp;chyflwyno…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal en&amp;ded…</source>
        <translation>Apêl wedi dod i &amp;ben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep done…</source>
        <translation>Cam wedi’i &amp;wneud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedial res&amp;ponse</source>
        <translation>Ymateb &amp;unioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice orders a fresh response, disclosure or confirmation: reopen the decision as an amendment that cites the notice, and send the correction letter from the Reply step.</source>
        <translation>Mae’r hysbysiad yn gorchymyn ymateb newydd, datgeliad neu gadarnhad: ailagorwch y penderfyniad fel diwygiad sy’n dyfynnu’r hysbysiad, ac anfonwch y llythyr cywiro o’r cam Ymateb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose matter…</source>
        <translation>Cau’r &amp;mater…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Matter:</source>
        <translation>M&amp;ater:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ste&amp;ps:</source>
        <translation>Ca&amp;mau:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, closed</source>
        <translation>%1, wedi’i gau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step %1: %2%3</source>
        <translation>Cam %1: %2%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Information Commissioner: %1</source>
        <translation>Y Comisiynydd Gwybodaeth: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICO letter received %1; reference %2; case officer %3.</source>
        <translation>Llythyr yr ICO wedi’i dderbyn %1; cyfeirnod %2; swyddog achos %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet given</source>
        <translation>heb ei roi eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not named</source>
        <translation>heb ei enwi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision notice %1 of %2: %3 (the ICO: %4).</source>
        <translation>Hysbysiad penderfyniad %1 ar %2: %3 (yr ICO: %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appeal %1 lodged %2 by %3: pending.</source>
        <translation>Apêl %1 wedi’i chyflwyno %2 gan %3: yn yr arfaeth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority</source>
        <translation>yr awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the requester</source>
        <translation>yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on %1.</source>
        <translation>Caewyd ar %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>done %1</source>
        <translation>gwnaed %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overdue: was due %1</source>
        <translation>yn hwyr: roedd yn ddyledus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due %1</source>
        <translation>dyddiad cau %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Record ICO date on %1</source>
        <translation>Cofnodi dyddiad yr ICO ar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record decision notice on %1</source>
        <translation>Cofnodi hysbysiad penderfyniad ar %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record appeal on %1</source>
        <translation>Cofnodi apêl ar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record end of appeal on %1</source>
        <translation>Cofnodi diwedd apêl ar %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record step %1 done</source>
        <translation>Cofnodi bod cam %1 wedi’i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day step %1 of the decision notice was taken: its clock stops.</source>
        <translation>Y diwrnod y cymerwyd cam %1 yr hysbysiad penderfyniad: mae ei gloc yn stopio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Gwnaed ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record step done</source>
        <translation>Cofnodi bod y cam wedi’i wneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step %1 done on %2</source>
        <translation>Cofnodi bod cam %1 wedi’i wneud ar %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open remedial response to %1</source>
        <translation>Agor ymateb unioni i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is open again as the notice requires: change it, then send the correction letter from the Reply step.</source>
        <translation>Mae’r penderfyniad ar agor eto fel y mae’r hysbysiad yn ei gwneud yn ofynnol: newidiwch ef, yna anfonwch y llythyr cywiro o’r cam Ymateb.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Close %1</source>
        <translation>Cau %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The Commissioner&apos;s matter is over: no step, appeal or ICO date is outstanding. When it is the case&apos;s last open matter, the case comes off hold (regulator matters are kept at least two years after closing).</source>
        <translation>Mae mater y Comisiynydd drosodd: nid oes cam, apêl na dyddiad ICO yn weddill. Pan mai dyma fater agored olaf yr achos, ni chaiff yr achos ei ddal mwyach (cedwir materion y rheoleiddiwr am o leiaf ddwy flynedd ar ôl eu cau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Closed on:</source>
        <translation>&amp;Caewyd ar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close matter</source>
        <translation>Cau’r mater</translation>
    </message>
</context>
<context>
    <name>foi::ui::CostStep</name>
    <message>
        <location filename="../../ui/workspace/CostStep.cpp" line="+58"/>
        <source>Hours for %1</source>
        <translation>Oriau ar gyfer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> awr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the hours for %1 were estimated</source>
        <translation>Sut yr amcangyfrifwyd yr oriau ar gyfer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the estimate was reached (e.g. a sampling exercise)</source>
        <translation>Sut y cyrhaeddwyd yr amcangyfrif (e.e. ymarfer samplu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advice and assistance (s16)</source>
        <translation>Cyngor a chymorth (adran 16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the requester could narrow the request to bring it within the limit.</source>
        <translation>Sut y gallai’r ymgeisydd gulhau’r cais i ddod ag ef o fewn y terfyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons for a refusal under s14</source>
        <translation>Rhesymau dros wrthod o dan adran 14</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost limit worksheet (s12)</source>
        <translation>Taflen waith y terfyn costau (adran 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Activity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gweithgaredd&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Hours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oriau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Basis of the estimate&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sail yr amcangyfrif&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Advice and &amp;assistance (s16)</source>
        <translation>Cyngor a c&amp;hymorth (adran 16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vexatious or repeated request (s14): reasons</source>
        <translation>Cais blinderus neu wedi’i ailadrodd (adran 14): rhesymau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit advice and assistance</source>
        <translation>Golygu’r cyngor a’r cymorth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the s14 reasons</source>
        <translation>Golygu’r rhesymau adran 14</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the cost estimate</source>
        <translation>Golygu’r amcangyfrif cost</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 hours at £25 an hour: &lt;b&gt;%2&lt;/b&gt;, against the appropriate limit of %3 for %4. %5</source>
        <translation>%1 awr ar £25 yr awr: &lt;b&gt;%2&lt;/b&gt;, yn erbyn y terfyn priodol o %3 ar gyfer %4. %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The estimate exceeds the limit: s12 applies.</source>
        <translation>Mae’r amcangyfrif yn uwch na’r terfyn: mae adran 12 yn gymwys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the limit.</source>
        <translation>O fewn y terfyn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The s12 cost estimate, advice and assistance, and s14 reasons</source>
        <translation>Amcangyfrif cost adran 12, cyngor a chymorth, a rhesymau adran 14</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/CostStep.h" line="+34"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>foi::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/DateField.cpp" line="+30"/>
        <source>Type a date such as 1 December 2026 or 01/12/2026, or pick one (Alt+Down)</source>
        <translation>Teipiwch ddyddiad fel 1 Rhagfyr 2026 neu 01/12/2026, neu dewiswch un (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>foi::ui::DeadlineListModel</name>
    <message>
        <location filename="../../ui/models/DeadlineListModel.cpp" line="+35"/>
        <source>Internal review</source>
        <translation>Adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICO deadline</source>
        <translation>Dyddiad cau’r ICO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision notice step</source>
        <translation>Cam yr hysbysiad penderfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to appeal</source>
        <translation>Amser i apelio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enforcement or recommendation</source>
        <translation>Gorfodi neu argymhelliad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended, appeal pending</source>
        <translation>Wedi’i atal, apêl yn yr arfaeth</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authority-wide</source>
        <translation>Ar draws yr awdurdod</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Due</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matter</source>
        <translation>Mater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is due</source>
        <translation>Beth sy’n ddyledus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>foi::ui::DeadlinesDialog</name>
    <message>
        <location filename="../../ui/deadlines/DeadlinesDialog.cpp" line="+75"/>
        <source>Deadlines after the reply</source>
        <translation>Dyddiadau cau ar ôl yr ymateb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every open clock of the internal reviews, the Information Commissioner&apos;s matters and tribunal appeals in this store, soonest first.</source>
        <translation>Pob cloc agored ar gyfer yr adolygiadau mewnol, materion y Comisiynydd Gwybodaeth ac apeliadau i’r tribiwnlys yn y storfa hon, y cynharaf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every kind</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;fficer:</source>
        <translation>&amp;Swyddog:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;overdue</source>
        <translation>Rhai &amp;hwyr yn unig</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open deadlines</source>
        <translation>Dyddiadau cau agored</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;case</source>
        <translation>&amp;Agor yr achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The deadlines could not be read: %1</source>
        <translation>Nid oedd modd darllen y dyddiadau cau: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every officer</source>
        <translation>Pob swyddog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody named)</source>
        <translation>(neb wedi’i enwi)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 open clock</source>
        <translation>1 cloc agored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 open clocks</source>
        <translation>%1 cloc agored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open clock.</source>
        <translation>Dim cloc agored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 overdue, %3 suspended</source>
        <translation>%1: %2 yn hwyr, %3 wedi’u hatal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is about the authority as a whole, not a case: see `foi-workbench-cli matter list`.</source>
        <translation>Mae %1 yn ymwneud â’r awdurdod cyfan, nid ag achos: gweler `foi-workbench-cli matter list`.</translation>
    </message>
</context>
<context>
    <name>foi::ui::DecisionNoticeDialog</name>
    <message>
        <location filename="../../ui/workspace/CommissionerDialogs.cpp" line="-193"/>
        <source>Record the ICO&apos;s decision notice</source>
        <translation>Cofnodi hysbysiad penderfyniad yr ICO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (the ICO: %2)</source>
        <translation>%1 (yr ICO: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The step as the notice words it, or the items it lists</source>
        <translation>Y cam fel y mae’r hysbysiad yn ei eirio, neu’r eitemau y mae’n eu rhestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add step</source>
        <translation>&amp;Ychwanegu cam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps the notice orders</source>
        <translation>Y camau y mae’r hysbysiad yn eu gorchymyn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice &amp;reference:</source>
        <translation>Cyfeirnod yr &amp;hysbysiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated:</source>
        <translation>&amp;Dyddiedig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>C&amp;anlyniad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step:</source>
        <translation>Ca&amp;m:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps ordered:</source>
        <translation>Camau a orchmynnwyd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps are due 35 calendar days from the notice&apos;s date (s50(4)); the authority may appeal to the tribunal within 28 days of the notice being sent (s57).</source>
        <translation>Mae’r camau’n ddyledus 35 diwrnod calendr o ddyddiad yr hysbysiad (adran 50(4)); caiff yr awdurdod apelio i’r tribiwnlys o fewn 28 diwrnod i anfon yr hysbysiad (adran 57).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record notice</source>
        <translation>Cofnodi’r hysbysiad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1: %2%3</source>
        <translation>Cam %1: %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
</context>
<context>
    <name>foi::ui::DisclosureLogActions</name>
    <message>
        <location filename="../../ui/disclosure/DisclosureLogActions.cpp" line="+20"/>
        <source>&amp;Prepare for disclosure log…</source>
        <translation>Paratoi ar gyfer y &amp;log datgeliadau…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a case first.</source>
        <translation>Agorwch achos yn gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an answered request goes in the disclosure log: send the reply first.</source>
        <translation>Dim ond cais sydd wedi’i ateb sy’n mynd yn y log datgeliadau: anfonwch yr ymateb yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the case for personal data, have it approved and publish it in the disclosure log</source>
        <translation>Gwirio’r achos am ddata personol, cael ei gymeradwyo a’i gyhoeddi yn y log datgeliadau</translation>
    </message>
</context>
<context>
    <name>foi::ui::DisclosureLogDialog</name>
    <message>
        <location filename="../../ui/disclosure/DisclosureLogDialog.cpp" line="+20"/>
        <source>Disclosure log: %1</source>
        <translation>Log datgeliadau: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Personal data found (FOIA s40(2))</source>
        <translation>Data personol wedi’u canfod (adran 40(2) o’r Ddeddf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data found</source>
        <translation>Data personol wedi’u canfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In context</source>
        <translation>Yn ei gyd-destun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why it may be published (for example: our published switchboard)</source>
        <translation>Pam y gellir ei gyhoeddi (er enghraifft: ein rhif switsfwrdd cyhoeddedig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason to keep</source>
        <translation>Rheswm dros ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep with reason</source>
        <translation>Cadw gyda &amp;rheswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redact</source>
        <translation>&amp;Golygu allan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>As it will be published</source>
        <translation>Fel y caiff ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+134"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Paratoi</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Anfon i’w gymeradwyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>What should change</source>
        <translation>Beth ddylai newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ublish</source>
        <translation>Cy&amp;hoeddi</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 has no disclosure log entry yet. Prepare one: the request and the reply are scanned for personal data, and the requester&apos;s details are taken out at once.</source>
        <translation>Nid oes cofnod yn y log datgeliadau ar gyfer %1 eto. Paratowch un: caiff y cais a’r ymateb eu sganio am ddata personol, a chaiff manylion yr ymgeisydd eu tynnu allan ar unwaith.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, version %2: %3</source>
        <translation>%1, fersiwn %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

THE REQUEST
%2

OUR REPLY
%3</source>
        <translation>%1

Y CAIS
%2

EIN HYMATEB
%3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version %1: %2</source>
        <translation>Fersiwn %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Prepare a correction</source>
        <translation>&amp;Paratoi cywiriad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the case afresh as a new version</source>
        <translation>Sganio’r achos o’r newydd fel fersiwn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is in progress: finish it first.</source>
        <translation>Mae fersiwn %1 ar y gweill: gorffennwch hi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it by a visible redaction marker</source>
        <translation>Rhoi marc golygu gweladwy yn ei le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Only a draft can be changed.</source>
        <translation>Dim ond drafft y gellir ei newid.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Choose a hit in the list.</source>
        <translation>Dewiswch ganlyniad yn y rhestr.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The requester&apos;s details are always redacted.</source>
        <translation>Caiff manylion yr ymgeisydd eu golygu allan bob amser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish it as it is, for the reason given</source>
        <translation>Ei gyhoeddi fel y mae, am y rheswm a roddwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requester&apos;s details are never published (FOIA s40(2)).</source>
        <translation>Ni chaiff manylion yr ymgeisydd byth eu cyhoeddi (adran 40(2) o’r Ddeddf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why it may be published.</source>
        <translation>Dywedwch pam y gellir ei gyhoeddi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a second officer to approve it</source>
        <translation>Gofyn i ail swyddog ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a draft can be submitted.</source>
        <translation>Dim ond drafft y gellir ei anfon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve it for publication</source>
        <translation>Ei gymeradwyo i’w gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It must be submitted for approval first.</source>
        <translation>Rhaid ei anfon i’w gymeradwyo yn gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You prepared or submitted it: a second officer must approve it (the officer named in Settings).</source>
        <translation>Chi a’i paratôdd neu a’i hanfonodd: rhaid i ail swyddog ei gymeradwyo (y swyddog a enwir yn y Gosodiadau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send it back to its preparer</source>
        <translation>Ei anfon yn ôl at yr un a’i paratôdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a version waiting for approval can be returned.</source>
        <translation>Dim ond fersiwn sy’n aros am gymeradwyaeth y gellir ei dychwelyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change.</source>
        <translation>Dywedwch beth ddylai newid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish it in the disclosure log</source>
        <translation>Ei gyhoeddi yn y log datgeliadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A second officer must approve it first.</source>
        <translation>Rhaid i ail swyddog ei gymeradwyo yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>foi::ui::DraftPreview</name>
    <message>
        <location filename="../../ui/review/DraftPreview.cpp" line="+18"/>
        <source>This bundle carries no draft reply.</source>
        <translation>Nid oes drafft o ymateb yn y bwndel hwn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft reply</source>
        <translation>Drafft o’r ymateb</translation>
    </message>
</context>
<context>
    <name>foi::ui::EmailImport</name>
    <message>
        <location filename="../../ui/intake/EmailImport.cpp" line="+49"/>
        <source>Logged request %1 from %2</source>
        <translation>Cofnodwyd cais %1 gan %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed %1 with case %2</source>
        <translation>Ffeiliwyd %1 gydag achos %2</translation>
    </message>
</context>
<context>
    <name>foi::ui::EmailImportDialog</name>
    <message>
        <location filename="../../ui/intake/EmailImportDialog.cpp" line="+26"/>
        <source>Import email</source>
        <translation>Mewnforio e-bost</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Someone who took no part in the original reply</source>
        <translation>Rhywun na chymerodd ran yn yr ymateb gwreiddiol</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From:</source>
        <translation>Oddi wrth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;receipt:</source>
        <translation>&amp;Dyddiad derbyn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Beth i’w wneud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Adolygydd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message text:</source>
        <translation>Testun y neges:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions:</source>
        <translation>Cwestiynau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files kept:</source>
        <translation>Ffeiliau a gadwyd:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make a new case (channel: email)</source>
        <translation>Creu achos newydd (sianel: e-bost)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File with case %1 as correspondence</source>
        <translation>Ffeilio gydag achos %1 fel gohebiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record as the clarification case %1 awaits (its clock restarts)</source>
        <translation>Cofnodi fel yr eglurhad y mae achos %1 yn aros amdano (mae ei gloc yn ailddechrau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an internal review of case %1</source>
        <translation>Agor adolygiad mewnol o achos %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no subject)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message %1 of %2: %3 (%4)</source>
        <translation>Neges %1 o %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message %1.</source>
        <translation>Y neges %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case in the store: this looks like a new request.</source>
        <translation>Dim achos yn y storfa: mae hwn yn edrych fel cais newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins case %1: %2.</source>
        <translation>Yn ymuno ag achos %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Q%1. %2</source>
        <translation>C%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None proposed: add them on the Questions step.</source>
        <translation>Dim wedi’u cynnig: ychwanegwch nhw ar y cam Cwestiynau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (the message as received, %2)</source>
        <translation>%1 (y neges fel y’i derbyniwyd, %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message had only HTML: its text was taken from it.</source>
        <translation>Dim ond HTML oedd yn y neges: cymerwyd ei thestun ohono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message says &quot;%1&quot;: the requester may be asking for an internal review.</source>
        <translation>Mae’r neges yn dweud “%1”: efallai bod yr ymgeisydd yn gofyn am adolygiad mewnol.</translation>
    </message>
</context>
<context>
    <name>foi::ui::EmptyStateWidget</name>
    <message>
        <location filename="../../ui/mainwindow/EmptyStateWidget.cpp" line="+16"/>
        <location line="+3"/>
        <source>No requests yet</source>
        <translation>Dim ceisiadau eto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Press Tab for New request, or Ctrl+N</source>
        <translation>Tab am Gais newydd, neu Ctrl+N</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Log a request when it arrives: the workbench counts its 20 working days from the date of receipt, splits it into questions and checks each decision against the Act as you work.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New request&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cofnodwch gais pan fydd yn cyrraedd: mae’r fainc waith yn cyfrif ei 20 diwrnod gwaith o’r dyddiad derbyn, yn ei rannu’n gwestiynau ac yn gwirio pob penderfyniad yn erbyn y Ddeddf wrth i chi weithio.&lt;/p&gt;&lt;p&gt;Dechreuwch gyda &lt;b&gt;Cais newydd&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New request…</source>
        <translation>Cais newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a new request for information</source>
        <translation>Cofnodi cais newydd am wybodaeth</translation>
    </message>
</context>
<context>
    <name>foi::ui::ExemptionPicker</name>
    <message>
        <location filename="../../ui/workspace/ExemptionPicker.cpp" line="+27"/>
        <source>Search exemptions</source>
        <translation>Chwilio eithriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by number (31, s24(2)) or words (security)</source>
        <translation>Chwilio yn ôl rhif (31, s24(2)) neu eiriau Saesneg (security)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisions</source>
        <translation>Darpariaethau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the provision</source>
        <translation>Am y ddarpariaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim this &amp;provision</source>
        <translation>Hawlio’r ddarpariaeth &amp;hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a claim under the selected provision</source>
        <translation>Ychwanegu hawliad o dan y ddarpariaeth a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin&amp;d a provision:</source>
        <translation>Chwilio am &amp;ddarpariaeth:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a provision to see what it protects and what it needs.</source>
        <translation>Dewiswch ddarpariaeth i weld beth mae’n ei warchod a beth sydd ei angen arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absolute: no public interest test</source>
        <translation>Absoliwt: dim prawf budd y cyhoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified: needs a public interest test</source>
        <translation>Amodol: angen prawf budd y cyhoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural ground</source>
        <translation>Sail weithdrefnol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removes the duty to confirm or deny</source>
        <translation>yn dileu’r ddyletswydd i gadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NCND under %1</source>
        <translation>NCND o dan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>foi::ui::ExemptionsStep</name>
    <message>
        <location filename="../../ui/workspace/ExemptionsStep.cpp" line="+44"/>
        <source>Exemption claims</source>
        <translation>Hawliadau eithrio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove claim</source>
        <translation>Tynnu’r hawliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected exemption claim</source>
        <translation>Tynnu’r hawliad eithrio a ddewiswyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duty relieved</source>
        <translation>Y ddyletswydd a ddilëir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions the claim covers</source>
        <translation>Y cwestiynau y mae’r hawliad yn eu cwmpasu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+200"/>
        <source>Any &amp;other information the request may cover</source>
        <translation>Unrh&amp;yw wybodaeth arall y gall y cais ei chwmpasu</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>For a wider NCND: information beyond the questions answered</source>
        <translation>Ar gyfer NCND ehangach: gwybodaeth y tu hwnt i’r cwestiynau a atebwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The information is s&amp;tatistical (s36(4)): no qualified person&apos;s opinion is needed</source>
        <translation>Mae’r wybodaeth yn y&amp;stadegol (adran 36(4)): dim angen barn person cymwys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For statistical information section 36 applies without the reasonable opinion of a qualified person; the prejudice must still be shown</source>
        <translation>Ar gyfer gwybodaeth ystadegol mae adran 36 yn gymwys heb farn resymol person cymwys; rhaid dangos y niwed o hyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the exemption applies</source>
        <translation>Pam mae’r eithriad yn berthnasol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the provision applies to this information (s17(1)(c)).</source>
        <translation>Pam mae’r ddarpariaeth yn berthnasol i’r wybodaeth hon (adran 17(1)(c)).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Relieves the duty:</source>
        <translation>Y ddyletswydd a ddil&amp;eir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover&amp;s:</source>
        <translation>Yn cwmpas&amp;u:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it &amp;applies:</source>
        <translation>Pam mae’n &amp;berthnasol:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;laims in this case:</source>
        <translation>Hawl&amp;iadau yn yr achos hwn:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove a claim</source>
        <translation>Tynnu hawliad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the duty a claim relieves</source>
        <translation>Newid y ddyletswydd y mae hawliad yn ei dileu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the questions a claim covers</source>
        <translation>Newid y cwestiynau y mae hawliad yn eu cwmpasu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change what a claim covers</source>
        <translation>Newid yr hyn y mae hawliad yn ei gwmpasu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark a claim&apos;s information as statistical</source>
        <translation>Nodi bod gwybodaeth hawliad yn ystadegol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit why a claim applies</source>
        <translation>Golygu pam mae hawliad yn berthnasol</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Claim %1</source>
        <translation>Hawliad %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No exemption claimed. Find a provision on the right and claim it.</source>
        <translation>Dim eithriad wedi’i hawlio. Chwiliwch am ddarpariaeth ar y dde a’i hawlio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a claim to edit it.</source>
        <translation>Dewiswch hawliad i’w olygu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The &amp;whole request: every question is covered</source>
        <translation>Y cais cyfa&amp;n: mae pob cwestiwn wedi’i gwmpasu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The exemptions relied on, the duty each relieves and what it covers</source>
        <translation>Yr eithriadau y dibynnir arnynt, y ddyletswydd y mae pob un yn ei dileu a’r hyn y mae’n ei gwmpasu</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ExemptionsStep.h" line="+33"/>
        <source>Exemptions</source>
        <translation>Eithriadau</translation>
    </message>
</context>
<context>
    <name>foi::ui::ExportForReviewDialog</name>
    <message>
        <location filename="../../ui/review/ExportForReviewDialog.cpp" line="+18"/>
        <source>Export %1 for review</source>
        <translation>Allforio %1 i’w adolygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone who trusts my key (not encrypted)</source>
        <translation>Unrhyw un sy’n ymddiried yn fy allwedd (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reviewer</source>
        <translation>&amp;Adolygydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the requester&apos;s name and contact details</source>
        <translation>Cynnwys enw a manylion cyswllt yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewers normally decide without knowing who asked. Include the requester only when it matters (for example a vexatious or repeated request); the choice is recorded in the audit trail.</source>
        <translation>Fel arfer mae adolygwyr yn penderfynu heb wybod pwy ofynnodd. Cynhwyswch yr ymgeisydd dim ond pan fo hynny’n bwysig (er enghraifft cais blinderus neu gais a ailadroddwyd); cofnodir y dewis yn y trywydd archwilio.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export and &amp;withdraw the approval</source>
        <translation>Allforio a &amp;thynnu’r gymeradwyaeth yn ôl</translation>
    </message>
</context>
<context>
    <name>foi::ui::FactorLibraryPanel</name>
    <message>
        <location filename="../../ui/workspace/FactorLibraryPanel.cpp" line="+18"/>
        <source>Paragraph library</source>
        <translation>Llyfrgell paragraffau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reusable factors for this claim</source>
        <translation>Ffactorau i’w hailddefnyddio ar gyfer yr hawliad hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors that suit the claim&apos;s provision; insert one into either column</source>
        <translation>Ffactorau sy’n gweddu i ddarpariaeth yr hawliad; mewnosodwch un yn y naill golofn neu’r llall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insert fo&amp;r</source>
        <translation>Mewnosod o &amp;blaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert into the column favouring disclosure</source>
        <translation>Mewnosod yn y golofn o blaid datgelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a&amp;gainst</source>
        <translation>Mewnosod yn &amp;erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert into the column favouring the exemption</source>
        <translation>Mewnosod yn y golofn o blaid yr eithriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your o&amp;wn…</source>
        <translation>Ychwanegu’ch un ch&amp;i…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a factor of your own to the library</source>
        <translation>Ychwanegu eich ffactor eich hun at y llyfrgell</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>For</source>
        <translation>O blaid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>Yn erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own factor · relates to %1</source>
        <translation>Eich ffactor eich hun · yn ymwneud â %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relates to %1</source>
        <translation>Yn ymwneud â %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add your own factor</source>
        <translation>Ychwanegu eich ffactor eich hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The factor, in your words</source>
        <translation>Y ffactor, yn eich geiriau chi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which side it favours</source>
        <translation>Pa ochr y mae o’i phlaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favours disclosure (or confirming or denying)</source>
        <translation>O blaid datgelu (neu gadarnhau neu wadu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favours the exemption</source>
        <translation>O blaid yr eithriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer it only for claims under %1</source>
        <translation>Ei gynnig dim ond ar gyfer hawliadau o dan %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Factor:</source>
        <translation>&amp;Ffactor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Favours:</source>
        <translation>&amp;O blaid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any qualified exemption</source>
        <translation>unrhyw eithriad amodol</translation>
    </message>
</context>
<context>
    <name>foi::ui::FindingListModel</name>
    <message>
        <location filename="../../ui/models/FindingListModel.cpp" line="+32"/>
        <source>Error: %1</source>
        <translation>Gwall: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2). Press Enter to go to the field.</source>
        <translation>%1 (%2). Pwyswch Enter i fynd i’r maes.</translation>
    </message>
</context>
<context>
    <name>foi::ui::FindingsPanel</name>
    <message>
        <location filename="../../ui/findings/FindingsPanel.cpp" line="+81"/>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter on a finding to go to its field</source>
        <translation>Pwyswch Enter ar ganfyddiad i fynd i’w faes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Clean check: nothing in this case breaks the rules the workbench knows.</source>
        <translation>Gwiriad glân: nid oes dim yn yr achos hwn yn torri’r rheolau y mae’r fainc waith yn eu gwybod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2. Click one to go to the field.</source>
        <translation>%1 a %2. Cliciwch ar un i fynd i’r maes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error</source>
        <translation>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foi::ui::GuideDialog</name>
    <message>
        <location filename="../../ui/help/GuideDialog.cpp" line="+21"/>
        <source>FOI Workbench guide</source>
        <translation>Canllaw FOI Workbench</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find in the guide, e.g. undo or Ctrl+PgDown</source>
        <translation>Chwilio yn y canllaw, e.e. undo neu Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the guide</source>
        <translation>Chwilio yn y canllaw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds as you type; Enter goes to the next place, Shift+Enter to the one before</source>
        <translation>Yn chwilio wrth i chi deipio; mae Enter yn mynd i’r man nesaf, Shift+Enter i’r un cynt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The guide is missing from this build. The same text is in README.md, under &quot;How to use it&quot;.</source>
        <translation>Mae’r canllaw ar goll o’r adeiledd hwn. Mae’r un testun yn README.md, o dan “How to use it”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 place</source>
        <translation>1 man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 places</source>
        <translation>%1 man</translation>
    </message>
</context>
<context>
    <name>foi::ui::HarmStep</name>
    <message>
        <location filename="../../ui/workspace/HarmStep.cpp" line="+59"/>
        <source>Claim whose test to show</source>
        <translation>Yr hawliad i ddangos ei brawf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interest protected</source>
        <translation>Y buddiant a warchodir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+266"/>
        <source>The interest the exemption protects, e.g. the prevention and detection of crime.</source>
        <translation>Y buddiant y mae’r eithriad yn ei warchod, e.e. atal a chanfod troseddau.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>How the harm would follow</source>
        <translation>Sut y byddai’r niwed yn dilyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>How release (or confirming or denying) would cause the harm: a causal link that is real, actual and of substance.</source>
        <translation>Sut y byddai rhyddhau (neu gadarnhau neu wadu) yn achosi’r niwed: cysylltiad achosol sy’n real, yn wirioneddol ac yn sylweddol.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Likelihood of the harm</source>
        <translation>Tebygolrwydd y niwed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall harm of confirming or denying</source>
        <translation>Niwed cyffredinol cadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a reply that neither confirms nor denies: why saying whether anything is held would itself cause harm.</source>
        <translation>Ar gyfer ymateb nad yw’n cadarnhau nac yn gwadu: pam y byddai dweud a oes unrhyw beth yn cael ei gadw ynddo’i hun yn achosi niwed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Condition of the personal data exemption relied on</source>
        <translation>Amod yr eithriad data personol y dibynnir arno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s40(3A)(a): disclosure would breach the data protection principles; s40(3B): the data subject has objected; s40(4A): the data subject could not get it by subject access</source>
        <translation>adran 40(3A)(a): byddai datgelu’n torri’r egwyddorion diogelu data; adran 40(3B): mae gwrthrych y data wedi gwrthwynebu; adran 40(4A): ni allai gwrthrych y data ei chael drwy gais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legitimate interest in disclosure</source>
        <translation>Buddiant cyfreithlon mewn datgelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. The legitimate interest in disclosure: the requester&apos;s own, or the public&apos;s (accountability, transparency about how public money or power is used).</source>
        <translation>1. Y buddiant cyfreithlon mewn datgelu: un yr ymgeisydd ei hun, neu un y cyhoedd (atebolrwydd, tryloywder ynghylch sut y defnyddir arian neu bŵer cyhoeddus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Necessity of disclosure</source>
        <translation>Angenrheidrwydd datgelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Whether disclosure to the world is necessary to meet that interest, or whether something less intrusive (information already published, or an answer without the personal data) would meet it.</source>
        <translation>2. A yw datgelu i’r byd yn angenrheidiol i ddiwallu’r buddiant hwnnw, neu a fyddai rhywbeth llai ymwthiol (gwybodaeth sydd eisoes wedi’i chyhoeddi, neu ateb heb y data personol) yn ei ddiwallu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance against the data subject</source>
        <translation>Cydbwysedd yn erbyn gwrthrych y data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. That interest against the data subject&apos;s interests, rights and freedoms: what they would reasonably expect, the harm or distress disclosure would cause, whether they consented.</source>
        <translation>3. Y buddiant hwnnw yn erbyn buddiannau, hawliau a rhyddid gwrthrych y data: yr hyn y byddent yn ei ddisgwyl yn rhesymol, y niwed neu’r gofid y byddai datgelu’n ei achosi, ac a wnaethant gydsynio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+212"/>
        <source>The test for a claim</source>
        <translation>Y prawf ar gyfer hawliad</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Clai&amp;m:</source>
        <translation>Hawlia&amp;d:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interest:</source>
        <translation>&amp;Buddiant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>How harm f&amp;ollows:</source>
        <translation>Sut y daw’r &amp;niwed:</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Tebygolrwydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;dition relied on:</source>
        <translation>Yr a&amp;mod y dibynnir arno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gitimate interest:</source>
        <translation>Buddiant c&amp;yfreithlon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Necessity:</source>
        <translation>&amp;Angenrheidrwydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance:</source>
        <translation>C&amp;ydbwysedd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall harm for the NCND</source>
        <translation>Niwed cyffredinol ar gyfer yr NCND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why confirming or denying would itself ha&amp;rm:</source>
        <translation>Pam y byddai cadarnhau neu wadu ei hun yn &amp;peri niwed:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit the interest protected</source>
        <translation>Golygu’r buddiant a warchodir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the harm</source>
        <translation>Golygu’r niwed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the likelihood</source>
        <translation>Dewis y tebygolrwydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the overall harm</source>
        <translation>Golygu’r niwed cyffredinol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the condition relied on</source>
        <translation>Dewis yr amod y dibynnir arno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the legitimate interest</source>
        <translation>Golygu’r buddiant cyfreithlon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the necessity of disclosure</source>
        <translation>Golygu angenrheidrwydd datgelu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the balance against the data subject</source>
        <translation>Golygu’r cydbwysedd yn erbyn gwrthrych y data</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No exemption is claimed in this case yet.</source>
        <translation>Nid oes eithriad wedi’i hawlio yn yr achos hwn eto.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal data: the condition relied on and what it needs</source>
        <translation>Data personol: yr amod y dibynnir arno a’r hyn sydd ei angen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure would breach the data protection principles (%1) when it would not be lawful. For ordinary personal data the lawful basis is legitimate interests (UK GDPR Art 6(1)(f)): answer its three questions below. For special category or criminal offence data, say in the reason why no condition of Art 9 or Art 10 is met.</source>
        <translation>Byddai datgelu’n torri’r egwyddorion diogelu data (%1) pan na fyddai’n gyfreithlon. Ar gyfer data personol cyffredin, y sail gyfreithlon yw buddiannau cyfreithlon (GDPR y DU Erthygl 6(1)(f)): atebwch ei thri chwestiwn isod. Ar gyfer data categori arbennig neu ddata troseddau, dywedwch yn y rheswm pam nad oes amod yn Erthygl 9 neu Erthygl 10 wedi’i fodloni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EIR reg 13(2A)(a)</source>
        <translation>EIR rheoliad 13(2A)(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s40(3A)(a)</source>
        <translation>adran 40(3A)(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the condition the personal data exemption relies on, and give in the reason on the Exemptions step why it is met. No prejudice test applies.</source>
        <translation>Dewiswch yr amod y mae’r eithriad data personol yn dibynnu arno, a rhowch y rheswm ar y cam Eithriadau pam ei fod wedi’i fodloni. Nid oes prawf niwed yn gymwys.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The %1 for %2</source>
        <translation>Y %1 ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why it is required:</source>
        <translation>Pam mae’n &amp;ofynnol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose the provision names, e.g. safeguarding national security.</source>
        <translation>Y diben y mae’r ddarpariaeth yn ei enwi, e.e. diogelu diogelwch gwladol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why exemption is required for the purpose the provision names: reasonably necessary, not merely useful. No likelihood to choose.</source>
        <translation>Pam mae angen eithrio at y diben y mae’r ddarpariaeth yn ei enwi: yn rhesymol angenrheidiol, nid dim ond yn ddefnyddiol. Dim tebygolrwydd i’w ddewis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each claim&apos;s test asks to be shown, and the NCND harm</source>
        <translation>Yr hyn y mae prawf pob hawliad yn gofyn iddo gael ei ddangos, a niwed yr NCND</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/HarmStep.h" line="+37"/>
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
</context>
<context>
    <name>foi::ui::HeldStep</name>
    <message>
        <location filename="../../ui/workspace/HeldStep.cpp" line="+42"/>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The requester asked for these only if an earlier answer allowed it, and it does not: mark them all &quot;Not required&quot; at once (s1(1))</source>
        <translation>Gofynnodd yr ymgeisydd am y rhain dim ond os oedd ateb cynharach yn caniatáu hynny, ac nid yw’n gwneud hynny: nodwch nhw i gyd yn “Dim angen” ar unwaith (adran 1(1))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is the information held?</source>
        <translation>A yw’r wybodaeth yn cael ei chadw?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes or no answer</source>
        <translation>Ateb ie neu na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a question that asks yes or no; conditions on other questions depend on it</source>
        <translation>Ar gyfer cwestiwn sy’n gofyn ie neu na; mae amodau ar gwestiynau eraill yn dibynnu arno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is communicated</source>
        <translation>Yr hyn a gyfleir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer to the requester</source>
        <translation>Ateb i’r ymgeisydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+153"/>
        <source>What the requester will read, e.g. where you searched and what you found.</source>
        <translation>Yr hyn y bydd yr ymgeisydd yn ei ddarllen, e.e. ble y chwilioch a beth a gawsoch.</translation>
    </message>
    <message>
        <location line="-144"/>
        <location filename="../../ui/workspace/HeldStep.h" line="+43"/>
        <source>Held?</source>
        <translation>A gedwir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes/no answer:</source>
        <translation>Ateb &amp;ie/na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comm&amp;unicated:</source>
        <translation>Yr hyn a g&amp;yfleir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer to the requester:</source>
        <translation>At&amp;eb i’r ymgeisydd:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark the questions that fall away not required</source>
        <translation>Nodi nad oes angen y cwestiynau sy’n disgyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide whether held</source>
        <translation>Penderfynu a yw’n cael ei chadw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record the yes/no answer</source>
        <translation>Cofnodi’r ateb ie/na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide what is communicated</source>
        <translation>Penderfynu beth a gyfleir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit an answer</source>
        <translation>Golygu ateb</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a question on the left. Select several to decide them together.</source>
        <translation>Dewiswch gwestiwn ar y chwith. Dewiswch sawl un i benderfynu arnynt gyda’i gilydd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requester&apos;s condition on %1 is not met: this question needs no answer. Choose &quot;Not required&quot;.</source>
        <translation>Nid yw amod yr ymgeisydd ar %1 wedi’i fodloni: nid oes angen ateb y cwestiwn hwn. Dewiswch “Dim angen”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optional: where you searched. The letter already says the information is not held; if you say so here, your words replace that sentence.</source>
        <translation>Dewisol: ble y chwilioch. Mae’r llythyr eisoes yn dweud nad yw’r wybodaeth yn cael ei chadw; os dywedwch hynny yma, bydd eich geiriau’n disodli’r frawddeg honno.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2 (%3 questions)</source>
        <translation>%1 i %2 (%3 cwestiwn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark %1 &quot;Not required&quot;: its condition is not met</source>
        <translation>Nodi %1 yn “Dim angen”: nid yw ei amod wedi’i fodloni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 &quot;Not required&quot;: conditions not met</source>
        <translation>Nodi %1 yn “Dim angen”: amodau heb eu bodloni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether each question&apos;s information is held, and what is released</source>
        <translation>A yw gwybodaeth pob cwestiwn yn cael ei chadw, a beth a ryddheir</translation>
    </message>
</context>
<context>
    <name>foi::ui::IcoComplaintDialog</name>
    <message>
        <location filename="../../ui/workspace/OpenReviewDialog.cpp" line="+87"/>
        <source>Record a complaint to the Information Commissioner</source>
        <translation>Cofnodi cwyn i’r Comisiynydd Gwybodaeth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IC-123456-A1B2, if the ICO has given one</source>
        <translation>IC-123456-A1B2, os yw’r ICO wedi rhoi un</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICO&apos;s letter &amp;received:</source>
        <translation>Derbyniwyd &amp;llythyr yr ICO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICO &amp;reference:</source>
        <translation>C&amp;yfeirnod yr ICO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICO case &amp;officer:</source>
        <translation>&amp;Swyddog achos yr ICO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ICO &amp;asks:</source>
        <translation>Yr hyn y mae’r ICO yn ei o&amp;fyn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record complaint</source>
        <translation>Cofnodi’r gwyn</translation>
    </message>
</context>
<context>
    <name>foi::ui::IcoDeadlineDialog</name>
    <message>
        <location filename="../../ui/workspace/CommissionerDialogs.cpp" line="-105"/>
        <source>Record a date the ICO set</source>
        <translation>Cofnodi dyddiad a osododd yr ICO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our submission; or the reply to information notice IN-123</source>
        <translation>Ein cyflwyniad; neu’r ateb i hysbysiad gwybodaeth IN-123</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;What is due:</source>
        <translation>&amp;Beth sy’n ddyledus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Dyddiad cau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ICO sets its own dates in its letters and in an information notice (s51): type the date as the letter gives it. It is never computed.</source>
        <translation>Mae’r ICO yn gosod ei ddyddiadau ei hun yn ei lythyrau ac mewn hysbysiad gwybodaeth (adran 51): teipiwch y dyddiad fel y mae’r llythyr yn ei roi. Ni chaiff byth ei gyfrifo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record date</source>
        <translation>Cofnodi’r dyddiad</translation>
    </message>
</context>
<context>
    <name>foi::ui::Labels</name>
    <message>
        <location filename="../../ui/widgets/Labels.cpp" line="+20"/>
        <source>(place not named)</source>
        <translation>(lle heb ei enwi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for “%1”</source>
        <translation>am “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EIR 2004 (environmental)</source>
        <translation>EIR 2004 (amgylcheddol)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FOIA 2000</source>
        <translation>FOIA 2000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Ffurflen we</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Yn cael ei chadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+204"/>
        <source>Not held</source>
        <translation>Heb ei chadw</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Neither confirm nor deny (NCND)</source>
        <translation>Peidio â chadarnhau na gwadu (NCND)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not required (requester&apos;s condition)</source>
        <translation>Dim angen (amod yr ymgeisydd)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to communicate</source>
        <translation>Dim i’w gyfleu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosed in full</source>
        <translation>Wedi’i datgelu’n llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosed in part</source>
        <translation>Wedi’i datgelu’n rhannol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld</source>
        <translation>Wedi’i dal yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: cost limit (s12)</source>
        <translation>Gwrthodwyd: terfyn costau (adran 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: vexatious (s14(1))</source>
        <translation>Gwrthodwyd: blinderus (adran 14(1))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: repeated (s14(2))</source>
        <translation>Gwrthodwyd: wedi’i ailadrodd (adran 14(2))</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a yes/no answer</source>
        <translation>Nid ateb ie/na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To confirm or deny (s1(1)(a))</source>
        <translation>Cadarnhau neu wadu (adran 1(1)(a))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To communicate (s1(1)(b))</source>
        <translation>Cyfleu (adran 1(1)(b))</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would (more probable than not)</source>
        <translation>Byddai (yn fwy tebygol na pheidio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would be likely to (a real and significant risk)</source>
        <translation>Byddai’n debygol o (risg wirioneddol a sylweddol)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Not concluded yet</source>
        <translation>Heb ddod i gasgliad eto</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Maintain the exemption</source>
        <translation>Cynnal yr eithriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release: the balance favours it</source>
        <translation>Rhyddhau: mae’r cydbwysedd o’i blaid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Maintain neither confirming nor denying: the balance favours it</source>
        <translation>Parhau i beidio â chadarnhau na gwadu: mae’r cydbwysedd o’i blaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm or deny: the balance favours saying whether it is held</source>
        <translation>Cadarnhau neu wadu: mae’r cydbwysedd o blaid dweud a yw’n cael ei chadw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request as received</source>
        <translation>Y cais fel y’i derbyniwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correspondence</source>
        <translation>Gohebiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search evidence</source>
        <translation>Tystiolaeth chwilio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)%3added %4 by %5</source>
        <translation>%1 (%2)%3ychwanegwyd %4 gan %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Determining whether held</source>
        <translation>Penderfynu a yw’n cael ei chadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locating</source>
        <translation>Dod o hyd i’r wybodaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrieving</source>
        <translation>Adalw’r wybodaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>Echdynnu’r wybodaeth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clarification sought (s1(3))</source>
        <translation>Gofynnwyd am eglurhad (adran 1(3))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clarification received</source>
        <translation>Derbyniwyd eglurhad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees notice given (s9)</source>
        <translation>Rhoddwyd hysbysiad ffioedd (adran 9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee paid</source>
        <translation>Talwyd y ffi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public interest extension (s10(3))</source>
        <translation>Estyniad er budd y cyhoedd (adran 10(3))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension for complexity and volume (EIR reg 7)</source>
        <translation>Estyniad am gymhlethdod a swm (EIR rheoliad 7)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class-based</source>
        <translation>Yn seiliedig ar ddosbarth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prejudice test</source>
        <translation>Prawf niwed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Required for&quot; test</source>
        <translation>Prawf “yn ofynnol at ddiben”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endangerment test</source>
        <translation>Prawf peryglu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actionable breach of confidence</source>
        <translation>Torri cyfrinachedd y gellir dwyn achos yn ei gylch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse effect test</source>
        <translation>Prawf effaith andwyol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedural ground</source>
        <translation>Sail weithdrefnol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Government department</source>
        <translation>Adran o’r llywodraeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welsh Government</source>
        <translation>Llywodraeth Cymru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parliament</source>
        <translation>Senedd y DU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit body</source>
        <translation>Corff archwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other public authority</source>
        <translation>Awdurdod cyhoeddus arall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted in full</source>
        <translation>Caniatawyd yn llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially withheld</source>
        <translation>Wedi’i dal yn ôl yn rhannol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fully withheld</source>
        <translation>Wedi’i dal yn ôl yn llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available elsewhere (s21)</source>
        <translation>Ar gael mewn man arall (adran 21)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neither confirmed nor denied</source>
        <translation>Heb gadarnhau na gwadu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: cost limit</source>
        <translation>Gwrthodwyd: terfyn costau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: vexatious or repeated</source>
        <translation>Gwrthodwyd: blinderus neu wedi’i ailadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not required</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NCND</source>
        <translation>NCND</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>foi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/MainWindow.cpp" line="+60"/>
        <source>&amp;New request…</source>
        <translation>&amp;Cais newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a request for information that has just arrived</source>
        <translation>Cofnodi cais am wybodaeth sydd newydd gyrraedd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open case store…</source>
        <translation>&amp;Agor storfa achosion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work on the cases in another store file</source>
        <translation>Gweithio ar yr achosion mewn ffeil storfa arall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;team store on a server…</source>
        <translation>Agor storfa’r &amp;tîm ar weinydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work on the team&apos;s cases in a store on a PostgreSQL server</source>
        <translation>Gweithio ar achosion y tîm mewn storfa ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import case files…</source>
        <translation>&amp;Mewnforio ffeiliau achos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add cases from case files (JSON) to this store</source>
        <translation>Ychwanegu achosion o ffeiliau achos (JSON) at y storfa hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;email…</source>
        <translation>Mewnforio &amp;e-bost…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take in requests saved from your mail program (.eml): a preview shows what each becomes before anything is saved</source>
        <translation>Derbyn ceisiadau a gadwyd o’ch rhaglen e-bost (.eml): mae rhagolwg yn dangos beth fydd pob un cyn cadw dim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up now…</source>
        <translation>Gwneud copi &amp;wrth gefn nawr…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Guide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to work a case in the workbench, offline and searchable (F1)</source>
        <translation>Sut i weithio achos yn y fainc waith, all-lein ac yn chwiliadwy (F1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About FOI Workbench</source>
        <translation>&amp;Ynghylch FOI Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your officer profile, the authority&apos;s profile and the store</source>
        <translation>Eich proffil swyddog, proffil yr awdurdod a’r storfa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Case list</source>
        <translation>&amp;Rhestr achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the list of cases</source>
        <translation>Yn ôl i’r rhestr achosion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a case</source>
        <translation>&amp;Chwilio am achos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the cases by reference, requester or wording</source>
        <translation>Chwilio’r achosion yn ôl cyfeirnod, ymgeisydd neu eiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case &amp;history</source>
        <translation>&amp;Hanes yr achos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed what in the open case, and when</source>
        <translation>Pwy newidiodd beth yn yr achos agored, a phryd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deadlines after the reply…</source>
        <translation>&amp;Dyddiadau cau ar ôl yr ymateb…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every open clock of internal reviews, the ICO and the tribunal, soonest first</source>
        <translation>Pob cloc agored ar gyfer adolygiadau mewnol, yr ICO a’r tribiwnlys, y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Statistics…</source>
        <translation>&amp;Ystadegau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests received and answered, in time, outcomes and exemptions, with charts</source>
        <translation>Ceisiadau a dderbyniwyd ac a atebwyd, mewn pryd, canlyniadau ac eithriadau, gyda siartiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No case store is open, so there is nothing to back up. Open one with File, Open case store (Ctrl+O).</source>
        <translation>Nid oes storfa achosion ar agor, felly nid oes dim i’w gadw wrth gefn. Agorwch un gyda Ffeil, Agor storfa achosion (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case store open</source>
        <translation>Dim storfa achosion ar agor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case store: %1</source>
        <translation>Storfa achosion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the case store into the backup folder chosen in Settings, while you work</source>
        <translation>Copïo’r storfa achosion i’r ffolder wrth gefn a ddewiswyd yn y Gosodiadau, wrth i chi weithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the case store now</source>
        <translation>Gwneud copi wrth gefn o’r storfa achosion nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Team store: %1</source>
        <translation>Storfa’r tîm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s cases on a PostgreSQL server: every officer&apos;s changes are saved there</source>
        <translation>Achosion y tîm ar weinydd PostgreSQL: mae newidiadau pob swyddog yn cael eu cadw yno</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>A team store is backed up on its server</source>
        <translation>Mae copi wrth gefn o storfa’r tîm yn cael ei wneud ar ei weinydd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Open case store</source>
        <translation>Agor storfa achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOI Workbench case stores (*.foistore);;All files (*)</source>
        <translation>Storfeydd achosion FOI Workbench (*.foistore);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About FOI Workbench</source>
        <translation>Ynghylch FOI Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;FOI Workbench %1&lt;/h3&gt;&lt;p&gt;A disclosure-decision workbench for officers answering requests under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FOI Workbench %1&lt;/h3&gt;&lt;p&gt;Mainc waith ar gyfer penderfyniadau datgelu, i swyddogion sy’n ateb ceisiadau o dan Ddeddf Rhyddid Gwybodaeth 2000 a Rheoliadau Gwybodaeth Amgylcheddol 2004.&lt;/p&gt;&lt;p&gt;Wedi’i rhyddhau o dan drwydded MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>foi::ui::MattersStep</name>
    <message>
        <location filename="../../ui/workspace/MattersStep.cpp" line="+478"/>
        <source>Export the review&apos;s outcome letter</source>
        <translation>Allforio llythyr canlyniad yr adolygiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-431"/>
        <source>Internal reviews, complaints to the Information Commissioner and appeals, with their clocks</source>
        <translation>Adolygiadau mewnol, cwynion i’r Comisiynydd Gwybodaeth ac apeliadau, gyda’u clociau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clock</source>
        <translation>Cloc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case&apos;s life after the reply</source>
        <translation>Bywyd yr achos ar ôl yr ymateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open internal &amp;review…</source>
        <translation>Agor adolygiad &amp;mewnol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;ICO complaint…</source>
        <translation>Cofnodi cwyn i’r &amp;ICO…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal review</source>
        <translation>Adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewed items</source>
        <translation>Eitemau a adolygwyd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why, in words the outcome letter can use</source>
        <translation>Pam, mewn geiriau y gall llythyr y canlyniad eu defnyddio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the letter releases now, or where to find it</source>
        <translation>Yr hyn y mae’r llythyr yn ei ryddhau nawr, neu ble i ddod o hyd iddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the standard paragraph on the right to complain to the Information Commissioner (s50; EIR reg 18)</source>
        <translation>Gwag: y paragraff safonol am yr hawl i gwyno i’r Comisiynydd Gwybodaeth (adran 50; EIR rheoliad 18)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xport outcome letter…</source>
        <translation>Allforio lly&amp;thyr y canlyniad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record as &amp;decided</source>
        <translation>Cofnodi’r &amp;penderfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open remedial res&amp;ponse</source>
        <translation>Agor ymateb &amp;unioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review did not maintain the decision: reopen it as an amendment that cites the review, and send the correction letter from the Reply step.</source>
        <translation>Ni chynhaliodd yr adolygiad y penderfyniad: ailagorwch ef fel diwygiad sy’n dyfynnu’r adolygiad, ac anfonwch y llythyr cywiro o’r cam Ymateb.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;view:</source>
        <translation>Adol&amp;ygiad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&amp;ems:</source>
        <translation>&amp;Eitemau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ecision:</source>
        <translation>Pen&amp;derfyniad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;sons:</source>
        <translation>&amp;Rhesymau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released &amp;now:</source>
        <translation>Rhydd&amp;hawyd nawr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to com&amp;plain:</source>
        <translation>Yr hawl i gwyn&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decided on:</source>
        <translation>Penderfynwyd ar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A requester may ask for an internal review (s45 Code of Practice; EIR reg 11), then complain to the Information Commissioner (s50) and appeal to the tribunal (s57). Each is a matter of this case with its own clock; while one is open the case is on hold for retention.</source>
        <translation>Caiff ymgeisydd ofyn am adolygiad mewnol (Cod Ymarfer adran 45; EIR rheoliad 11), yna cwyno i’r Comisiynydd Gwybodaeth (adran 50) ac apelio i’r tribiwnlys (adran 57). Mae pob un yn fater yn yr achos hwn gyda’i gloc ei hun; tra bo un ar agor caiff yr achos ei ddal at ddibenion cadw.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Decide a reviewed item</source>
        <translation>Penderfynu ar eitem a adolygwyd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit a reviewed item&apos;s reasons</source>
        <translation>Golygu rhesymau eitem a adolygwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit what the review releases</source>
        <translation>Golygu’r hyn y mae’r adolygiad yn ei ryddhau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the right to complain</source>
        <translation>Golygu’r hawl i gwyno</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (decided)</source>
        <translation>%1 (wedi’i benderfynu)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>due</source>
        <translation>dyddiad cau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>suspended</source>
        <translation>wedi’i atal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Internal review %1</source>
        <translation>Adolygiad mewnol %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked for on %1; reviewer %2; decides as at %3.%4</source>
        <translation>Gofynnwyd amdano ar %1; adolygydd %2; yn penderfynu fel ar %3.%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not named</source>
        <translation>heb ei enwi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Decided on %1: nothing in it can change.</source>
        <translation> Penderfynwyd ar %1: ni all dim ynddo newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet decided: every item needs a decision</source>
        <translation>Heb ei benderfynu eto: mae angen penderfyniad ar bob eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (to the ICO: %2)</source>
        <translation>%1 (i’r ICO: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review and its letter check clean.</source>
        <translation>Mae’r adolygiad a’i lythyr yn gwirio’n lân.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open internal review %1</source>
        <translation>Agor adolygiad mewnol %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record complaint to the ICO %1</source>
        <translation>Cofnodi cwyn i’r ICO %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Wrote %1 as a DRAFT: an item is undecided or the review has an error (below).</source>
        <translation>Ysgrifennwyd %1 fel DRAFFT: mae eitem heb ei phenderfynu neu mae gwall yn yr adolygiad (isod).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the outcome letter to %1.</source>
        <translation>Ysgrifennwyd llythyr y canlyniad i %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open remedial response to %1</source>
        <translation>Agor ymateb unioni i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is open again as the response %1 requires: change it, then send the correction letter from the Reply step.</source>
        <translation>Mae’r penderfyniad ar agor eto fel y mae ymateb %1 yn ei gwneud yn ofynnol: newidiwch ef, yna anfonwch y llythyr cywiro o’r cam Ymateb.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recorded as decided: %1</source>
        <translation>Heb ei gofnodi fel wedi’i benderfynu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record internal review decided</source>
        <translation>Cofnodi bod yr adolygiad mewnol wedi’i benderfynu</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/MattersStep.h" line="+59"/>
        <source>After the reply</source>
        <translation>Ar ôl yr ymateb</translation>
    </message>
</context>
<context>
    <name>foi::ui::MessageBoxNotifier</name>
    <message>
        <location filename="../../ui/notify/Notifier.cpp" line="+18"/>
        <source>FOI Workbench</source>
        <translation>FOI Workbench</translation>
    </message>
</context>
<context>
    <name>foi::ui::NewRequestDialog</name>
    <message>
        <location filename="../../ui/intake/NewRequestDialog.cpp" line="+17"/>
        <source>New request</source>
        <translation>Cais newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next free reference is offered; type the authority&apos;s own instead if it has one</source>
        <translation>Cynigir y cyfeirnod rhydd nesaf; teipiwch un yr awdurdod ei hun yn ei le os oes ganddo un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the request is about, e.g. Use of drones at protests</source>
        <translation>Testun y cais, e.e. Defnyddio dronau mewn protestiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log request</source>
        <translation>C&amp;ofnodi’r cais</translation>
    </message>
</context>
<context>
    <name>foi::ui::NotificationBar</name>
    <message>
        <location filename="../../ui/notify/NotificationBar.cpp" line="+29"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Cau’r neges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message (Esc)</source>
        <translation>Cuddio’r neges hon (Esc)</translation>
    </message>
</context>
<context>
    <name>foi::ui::OfficerNameDialog</name>
    <message>
        <location filename="../../ui/settings/OfficerNameDialog.cpp" line="+16"/>
        <source>Your name for the case history</source>
        <translation>Eich enw ar gyfer hanes yr achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change to a case is recorded with the name of the officer who made it, for an internal review or the Information Commissioner to read later. Type your name as it should appear there. You can change it in Settings (Ctrl+,).</source>
        <translation>Caiff pob newid i achos ei gofnodi gydag enw’r swyddog a’i gwnaeth, i adolygiad mewnol neu’r Comisiynydd Gwybodaeth ei ddarllen yn nes ymlaen. Teipiwch eich enw fel y dylai ymddangos yno. Gallwch ei newid yn y Gosodiadau (Ctrl+,).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sam Jones</source>
        <translation>e.e. Sam Jones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (optional)</source>
        <translation>Eich rôl (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. Disclosure Officer</source>
        <translation>Dewisol, e.e. Swyddog Datgelu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type your name to continue.</source>
        <translation>Teipiwch eich enw i barhau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; does not say who you are: type your own name, as the case history should show it.</source>
        <translation>Nid yw “%1” yn dweud pwy ydych chi: teipiwch eich enw eich hun, fel y dylai hanes yr achos ei ddangos.</translation>
    </message>
</context>
<context>
    <name>foi::ui::OpenReviewDialog</name>
    <message>
        <location filename="../../ui/workspace/OpenReviewDialog.cpp" line="-80"/>
        <source>Open an internal review</source>
        <translation>Agor adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone who took no part in the original decision</source>
        <translation>Rhywun na chymerodd ran yn y penderfyniad gwreiddiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exceptional circumstances: 40 working days</source>
        <translation>Amgylchiadau &amp;eithriadol: 40 diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only if the reviewer took part in the original reply</source>
        <translation>Dim ond os cymerodd yr adolygydd ran yn yr ymateb gwreiddiol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review decides afresh, as at the date of the request, within 20 working days of receiving the request for review (s45 Code of Practice; EIR reg 11: 40 days, no extension).</source>
        <translation>Mae adolygiad yn penderfynu o’r newydd, fel ar ddyddiad y cais, o fewn 20 diwrnod gwaith i dderbyn y cais am adolygiad (Cod Ymarfer adran 45; EIR rheoliad 11: 40 diwrnod, dim estyniad).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request for review &amp;received:</source>
        <translation>Derbyniwyd y cais am &amp;adolygiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Adolygydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why 40 days:</source>
        <translation>&amp;Pam 40 diwrnod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this reviewer &amp;may decide:</source>
        <translation>Pam y caiff yr adolygydd hwn &amp;benderfynu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open review</source>
        <translation>Agor yr adolygiad</translation>
    </message>
</context>
<context>
    <name>foi::ui::ProvisionListModel</name>
    <message>
        <location filename="../../ui/models/ProvisionListModel.cpp" line="+30"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>foi::ui::PublicInterestStep</name>
    <message>
        <location filename="../../ui/workspace/PublicInterestStep.cpp" line="+40"/>
        <source>Qualified claim</source>
        <translation>Hawliad amodol</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+137"/>
        <source>Factors favouring disclosure</source>
        <translation>Ffactorau o blaid datgelu</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>Factors favouring the exemption</source>
        <translation>Ffactorau o blaid yr eithriad</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Balance</source>
        <translation>Cydbwysedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weigh the factors against each other and say why one side outweighs the other.</source>
        <translation>Pwyswch y ffactorau yn erbyn ei gilydd a dywedwch pam mae un ochr yn drech na’r llall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conclusion</source>
        <translation>Casgliad</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+123"/>
        <source>Favouring the exemption</source>
        <translation>O blaid yr eithriad</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Clai&amp;m:</source>
        <translation>Hawlia&amp;d:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Balance:</source>
        <translation>C&amp;ydbwysedd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onclusion:</source>
        <translation>Ca&amp;sgliad:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit the factors favouring disclosure</source>
        <translation>Golygu’r ffactorau o blaid datgelu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the factors favouring the exemption</source>
        <translation>Golygu’r ffactorau o blaid yr eithriad</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Insert a factor from the library</source>
        <translation>Mewnosod ffactor o’r llyfrgell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the balance</source>
        <translation>Golygu’r cydbwysedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conclude the public interest test</source>
        <translation>Dod i gasgliad ar brawf budd y cyhoedd</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Favouring confirming or denying</source>
        <translation>O blaid cadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favouring disclosure</source>
        <translation>O blaid datgelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors favouring confirming or denying</source>
        <translation>Ffactorau o blaid cadarnhau neu wadu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Factors favouring neither confirming nor denying</source>
        <translation>Ffactorau o blaid peidio â chadarnhau na gwadu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Favouring neither confirming nor denying</source>
        <translation>O blaid peidio â chadarnhau na gwadu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No qualified exemption is claimed: no public interest test is needed.</source>
        <translation>Nid oes eithriad amodol wedi’i hawlio: nid oes angen prawf budd y cyhoedd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test for the duty to confirm or deny (s2(1)(b)): does the public interest in neither confirming nor denying outweigh the public interest in saying whether it is held?</source>
        <translation>Y prawf ar gyfer y ddyletswydd i gadarnhau neu wadu (adran 2(1)(b)): a yw budd y cyhoedd mewn peidio â chadarnhau na gwadu yn drech na budd y cyhoedd mewn dweud a yw’n cael ei chadw?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test for the duty to communicate (s2(2)(b)): does the public interest in withholding outweigh the public interest in disclosure?</source>
        <translation>Y prawf ar gyfer y ddyletswydd i gyfleu (adran 2(2)(b)): a yw budd y cyhoedd mewn dal yn ôl yn drech na budd y cyhoedd mewn datgelu?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The public interest test for each qualified claim</source>
        <translation>Prawf budd y cyhoedd ar gyfer pob hawliad amodol</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/PublicInterestStep.h" line="+34"/>
        <source>Public interest</source>
        <translation>Budd y cyhoedd</translation>
    </message>
</context>
<context>
    <name>foi::ui::QuestionListModel</name>
    <message>
        <location filename="../../ui/models/QuestionListModel.cpp" line="+39"/>
        <source>only if %1 is answered %2</source>
        <translation>dim ond os yw ateb %1 yn %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>condition not met</source>
        <translation>amod heb ei fodloni</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question %1: %2. %3</source>
        <translation>Cwestiwn %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>foi::ui::QuestionsStep</name>
    <message>
        <location filename="../../ui/workspace/QuestionsStep.cpp" line="+51"/>
        <location filename="../../ui/workspace/QuestionsStep.h" line="+26"/>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Propose from request</source>
        <translation>Cynn&amp;ig o’r cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the request text into questions at its numbers or bullets, replacing the questions below</source>
        <translation>Rhannu testun y cais yn gwestiynau wrth ei rifau neu ei bwyntiau bwled, gan ddisodli’r cwestiynau isod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd</source>
        <translation>Ychwan&amp;egu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an empty question at the end</source>
        <translation>Ychwanegu cwestiwn gwag ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with next</source>
        <translation>&amp;Uno â’r nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the selected question and the one after it</source>
        <translation>Uno’r cwestiwn a ddewiswyd â’r un ar ei ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;lit at cursor</source>
        <translation>&amp;Hollti wrth y cyrchwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the selected question in two where the text cursor is</source>
        <translation>Torri’r cwestiwn a ddewiswyd yn ddau lle mae’r cyrchwr testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Symud i fyn&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected question up</source>
        <translation>Symud y cwestiwn a ddewiswyd i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move dow&amp;n</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected question down</source>
        <translation>Symud y cwestiwn a ddewiswyd i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected question</source>
        <translation>Tynnu’r cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text of the selected question</source>
        <translation>Testun y cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer only if question</source>
        <translation>Ateb dim ond os yw cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requester&apos;s condition: the selected questions are answered only if this question gets the answer chosen next</source>
        <translation>Amod yr ymgeisydd: caiff y cwestiynau a ddewiswyd eu hateb dim ond os yw’r cwestiwn hwn yn cael yr ateb a ddewisir nesaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is answered</source>
        <translation>yn cael yr ateb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose personal data the questions ask for</source>
        <translation>Data personol pwy y mae’r cwestiynau’n gofyn amdanynt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requester&apos;s own personal data is withheld under s40(1) and neither confirmed nor denied under s40(5A); other people&apos;s under s40(2) and s40(5B)</source>
        <translation>Caiff data personol yr ymgeisydd ei hun eu dal yn ôl o dan adran 40(1) a heb eu cadarnhau na’u gwadu o dan adran 40(5A); data pobl eraill o dan adran 40(2) ac adran 40(5B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None, or not decided</source>
        <translation>Dim, neu heb benderfynu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requester&apos;s own (s40(1), s40(5A))</source>
        <translation>Rhai’r ymgeisydd ei hun (adran 40(1), 40(5A))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other people&apos;s (s40(2), s40(5B))</source>
        <translation>Rhai pobl eraill (adran 40(2), 40(5B))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both the requester&apos;s and other people&apos;s</source>
        <translation>Rhai’r ymgeisydd a rhai pobl eraill</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Wording of the selected question:</source>
        <translation>Geiria&amp;d y cwestiwn a ddewiswyd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester&apos;s condition on the selected questions</source>
        <translation>Amod yr ymgeisydd ar y cwestiynau a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer only if:</source>
        <translation>Ateb dim ond os:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is answered:</source>
        <translation>yn cael yr ateb:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data in the selected questions</source>
        <translation>Data personol yn y cwestiynau a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data &amp;of:</source>
        <translation>Data personol (&amp;pwy):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Propose questions from the request</source>
        <translation>Cynnig cwestiynau o’r cais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a question</source>
        <translation>Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New question</source>
        <translation>Cwestiwn newydd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge questions</source>
        <translation>Uno cwestiynau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a question</source>
        <translation>Hollti cwestiwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a question up</source>
        <translation>Symud cwestiwn i fyny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a question down</source>
        <translation>Symud cwestiwn i lawr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a question</source>
        <translation>Tynnu cwestiwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit a question</source>
        <translation>Golygu cwestiwn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say whose personal data the questions ask for</source>
        <translation>Nodi data personol pwy y mae’r cwestiynau’n gofyn amdanynt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set the requester&apos;s condition</source>
        <translation>Gosod amod yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No condition: always answer</source>
        <translation>Dim amod: ateb bob tro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What the request asks, question by question, and the requester&apos;s conditions</source>
        <translation>Beth mae’r cais yn ei ofyn, fesul cwestiwn, ac amodau’r ymgeisydd</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReleasedFilesPanel</name>
    <message>
        <location filename="../../ui/workspace/ReleasedFilesPanel.cpp" line="+33"/>
        <source>not scanned yet</source>
        <translation>heb ei sganio eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed since it was scanned: scan again</source>
        <translation>wedi newid ers ei sganio: sganiwch eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scanned: nothing found</source>
        <translation>wedi’i sganio: dim wedi’i ganfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every finding dealt with</source>
        <translation>pob canfyddiad wedi’i drin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 finding to deal with</source>
        <translation>1 canfyddiad i’w drin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings to deal with</source>
        <translation>%1 canfyddiad i’w trin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Released files</source>
        <translation>Ffeiliau i’w rhyddhau</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Add files to release with the reply to case %1</source>
        <translation>Ychwanegu ffeiliau i’w rhyddhau gyda’r ymateb i achos %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Files to release with the reply</source>
        <translation>Ffeiliau i’w rhyddhau gyda’r ymateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each file with what the scan found in it; choose a finding to resolve it</source>
        <translation>Pob ffeil gyda’r hyn a ganfu’r sgan ynddi; dewiswch ganfyddiad i’w ddatrys</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chosen file or finding: where and what to do</source>
        <translation>Y ffeil neu’r canfyddiad a ddewiswyd: ble a beth i’w wneud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning the files</source>
        <translation>Yn sganio’r ffeiliau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add fi&amp;les…</source>
        <translation>Ychwanegu ffeilia&amp;u…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files to the case to be released with the reply</source>
        <translation>Atodi ffeiliau i’r achos i’w rhyddhau gyda’r ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files to release</source>
        <translation>Ychwanegu ffeiliau i’w rhyddhau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan for hidden da&amp;ta</source>
        <translation>Sganio am dda&amp;ta cudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan every file not yet scanned as it is now, for hidden sheets, rows and text, comments, metadata and failed redactions</source>
        <translation>Sganio pob ffeil nad yw wedi’i sganio fel y mae nawr, am ddalennau, rhesi a thestun cudd, sylwadau, metadata a golygiadau a fethodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the files for hidden data</source>
        <translation>Sganio’r ffeiliau am ddata cudd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take o&amp;ut of the release</source>
        <translation>He&amp;b ei ryddhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen file stays attached to the case but is not released</source>
        <translation>Mae’r ffeil a ddewiswyd yn aros ynghlwm wrth yr achos ond nid yw’n cael ei rhyddhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen file out of the release</source>
        <translation>Tynnu’r ffeil a ddewiswyd o’r rhyddhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>&amp;Keep with a reason…</source>
        <translation>Ei gadw gyda rheswm (&amp;k)…</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Release the file with the chosen finding as it is; you are asked why, and the reason is kept in the case&apos;s history</source>
        <translation>Rhyddhau’r ffeil gyda’r canfyddiad a ddewiswyd fel y mae; gofynnir i chi pam, a chedwir y rheswm yn hanes yr achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the chosen finding with a reason</source>
        <translation>Cadw’r canfyddiad a ddewiswyd gyda rheswm</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No files are to be released with this reply. Add the files you will send (spreadsheets, documents, PDFs): each is scanned for hidden data before the final reply can be exported.</source>
        <translation>Nid oes ffeiliau i’w rhyddhau gyda’r ymateb hwn. Ychwanegwch y ffeiliau y byddwch yn eu hanfon (taenlenni, dogfennau, PDFs): caiff pob un ei sganio am ddata cudd cyn y gellir allforio’r ymateb terfynol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every file may go: each was scanned as it is now, and every finding dealt with.</source>
        <translation>Caiff pob ffeil fynd: sganiwyd pob un fel y mae nawr, a thriniwyd pob canfyddiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The final reply waits for these files: scan them, then deal with each finding.</source>
        <translation>Mae’r ymateb terfynol yn aros am y ffeiliau hyn: sganiwch nhw, yna triniwch bob canfyddiad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — checked by hand: “%1”</source>
        <translation> — wedi’i wirio â llaw: “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — kept: “%1”</source>
        <translation> — wedi’i gadw: “%1”</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chec&amp;ked by hand…</source>
        <translation>Wedi’i wirio â llaw (&amp;k)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file or a finding to deal with it.</source>
        <translation>Dewiswch ffeil neu ganfyddiad i’w drin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where: %1
What to do: %2</source>
        <translation>Ble: %1
Beth i’w wneud: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Kept by %2: “%3”</source>
        <translation>%1
Wedi’i gadw gan %2: “%3”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every file was scanned as it is now: nothing to scan.</source>
        <translation>Sganiwyd pob ffeil fel y mae nawr: dim i’w sganio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanning 1 file…</source>
        <translation>Yn sganio 1 ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanning %1 files…</source>
        <translation>Yn sganio %1 ffeil…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checked %1 by hand</source>
        <translation>Gwiriwyd %1 â llaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep %1 in %2</source>
        <translation>Cadw %1 yn %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did you check %1, and why is it safe to release? The reason is kept in the case&apos;s history.</source>
        <translation>Sut y gwiriwyd %1 gennych, a pham mae’n ddiogel ei rhyddhau? Cedwir y rheswm yn hanes yr achos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Why may the file go with this as it is? The reason is kept in the case&apos;s history.</source>
        <translation>%1

Pam y caiff y ffeil fynd gyda hyn fel y mae? Cedwir y rheswm yn hanes yr achos.</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReplyPreview</name>
    <message>
        <location filename="../../ui/workspace/ReplyPreview.cpp" line="+34"/>
        <source>Preview of the reply letter</source>
        <translation>Rhagolwg o’r llythyr ymateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s pages as they will be exported; the text is in the exported PDF</source>
        <translation>Tudalennau’r llythyr fel y’u hallforir; mae’r testun yn y PDF a allforir</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reply %1%2</source>
        <translation>Ymateb %1%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export the letter as PDF</source>
        <translation>Allforio’r llythyr fel PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export an editable copy</source>
        <translation>Allforio copi golygadwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testun OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1 as a DRAFT (the checker finds errors). It was not recorded as sent.</source>
        <translation>Ysgrifennwyd %1 fel DRAFFT (mae’r gwiriwr yn canfod gwallau). Nis cofnodwyd fel un a anfonwyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1. It was not recorded as sent; use &quot;Export final reply&quot; for the reply you send.</source>
        <translation>Ysgrifennwyd %1. Nis cofnodwyd fel un a anfonwyd; defnyddiwch “Allforio’r ymateb terfynol” ar gyfer yr ymateb a anfonwch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter is still being prepared; try again in a moment.</source>
        <translation>Mae’r llythyr yn dal i gael ei baratoi; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter is still printing; try again when it is done.</source>
        <translation>Mae’r llythyr yn dal i argraffu; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the printer %1</source>
        <translation>yr argraffydd %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printed the letter to %1.</source>
        <translation>Argraffwyd y llythyr i %1.</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReplyPrintJob</name>
    <message>
        <location filename="../../ui/workspace/ReplyPrintJob.cpp" line="+51"/>
        <source>The letter could not be printed. Check the printer, or export the PDF and print that.</source>
        <translation>Nid oedd modd argraffu’r llythyr. Gwiriwch yr argraffydd, neu allforiwch y PDF a’i argraffu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The letter has not been printed yet.</source>
        <translation>Nid yw’r llythyr wedi’i argraffu eto.</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReplyStep</name>
    <message>
        <location filename="../../ui/workspace/ReplyStep.cpp" line="+36"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>State of the reply</source>
        <translation>Cyflwr yr ymateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal review paragraph</source>
        <translation>Paragraff yr adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to ask for an internal review, to whom and by when (s17(7)(a))</source>
        <translation>Sut i ofyn am adolygiad mewnol, i bwy ac erbyn pryd (adran 17(7)(a))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right to complain to the Information Commissioner</source>
        <translation>Yr hawl i gwyno i’r Comisiynydd Gwybodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right to apply to the Information Commissioner, with the ICO&apos;s contact details (s17(7)(b), s50)</source>
        <translation>Yr hawl i wneud cais i’r Comisiynydd Gwybodaeth, gyda manylion cyswllt yr ICO (adran 17(7)(b), adran 50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal review paragraph in Welsh</source>
        <translation>Paragraff adolygiad mewnol yn Gymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal review paragraph of a Welsh or bilingual letter (s17(7)(a))</source>
        <translation>Paragraff adolygiad mewnol llythyr Cymraeg neu ddwyieithog (adran 17(7)(a))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right to complain to the Information Commissioner, in Welsh</source>
        <translation>Yr hawl i gwyno i’r Comisiynydd Gwybodaeth, yn Gymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint paragraph of a Welsh or bilingual letter (s17(7)(b), s50)</source>
        <translation>Paragraff cwyno llythyr Cymraeg neu ddwyieithog (adran 17(7)(b), adran 50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apology for a late reply</source>
        <translation>Ymddiheuriad am ymateb hwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when the reply is late: an apology and the reason</source>
        <translation>Dim ond pan fydd yr ymateb yn hwyr: ymddiheuriad a’r rheswm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the &amp;standard paragraphs</source>
        <translation>Defnyddio’r paragraffau &amp;safonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+317"/>
        <source>Use the standard paragraphs</source>
        <translation>Defnyddio’r paragraffau safonol</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Fills the empty review and complaint paragraphs with the authority&apos;s standard wording</source>
        <translation>Llenwi’r paragraffau adolygu a chwyno gwag â geiriad safonol yr awdurdod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh from the profile</source>
        <translation>Adnewyddu o’r proffil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+381"/>
        <source>Refresh the paragraphs from the authority profile</source>
        <translation>Adnewyddu’r paragraffau o broffil yr awdurdod</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Replaces the review and complaint paragraphs with the standard wording for the authority profile as it is now (undo with Ctrl+Z)</source>
        <translation>Disodli’r paragraffau adolygu a chwyno â’r geiriad safonol ar gyfer proffil yr awdurdod fel y mae nawr (dadwneud gyda Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter as shown, as PDF/A (Ctrl+E). Not recorded as sent.</source>
        <translation>Cadw’r llythyr fel y’i dangosir, fel PDF/A (Ctrl+E). Nis cofnodir fel un a anfonwyd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export editable copy (&amp;ODT)…</source>
        <translation>Allforio copi golygadwy (&amp;ODT)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export editable copy</source>
        <translation>Allforio copi golygadwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter as an OpenDocument text to edit by hand (Ctrl+Shift+O). Not recorded as sent.</source>
        <translation>Cadw’r llythyr fel testun OpenDocument i’w olygu â llaw (Ctrl+Shift+O). Nis cofnodir fel un a anfonwyd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;int…</source>
        <translation>Arg&amp;raffu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter&apos;s pages as previewed (Ctrl+P)</source>
        <translation>Argraffu tudalennau’r llythyr fel yn y rhagolwg (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Export final &amp;reply…</source>
        <translation>Allforio’r &amp;ymateb terfynol…</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+235"/>
        <source>Export final reply</source>
        <translation>Allforio’r ymateb terfynol</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Save the reply to send and record it with the case as the next sent version (Ctrl+Shift+E). Only when the checker finds no errors.</source>
        <translation>Cadw’r ymateb i’w anfon a’i gofnodi gyda’r achos fel y fersiwn nesaf a anfonwyd (Ctrl+Shift+E). Dim ond pan na fydd y gwiriwr yn canfod gwallau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;despite the review…</source>
        <translation>Anfon er gwaethaf yr a&amp;dolygiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+375"/>
        <source>Send despite the review</source>
        <translation>Anfon er gwaethaf yr adolygiad</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Export the final reply although the review holds it back; you are asked why, and the reason is recorded in the case&apos;s history</source>
        <translation>Allforio’r ymateb terfynol er bod yr adolygiad yn ei ddal yn ôl; gofynnir i chi pam, a chofnodir y rheswm yn hanes yr achos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The requester&apos;s rights (s17(7))</source>
        <translation>Hawliau’r ymgeisydd (adran 17(7))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal revie&amp;w:</source>
        <translation>Adolygiad &amp;mewnol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complai&amp;nt to the Commissioner:</source>
        <translation>Cwyn i’r Comis&amp;iynydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal review, in Welsh:</source>
        <translation>Adolygiad mewnol, yn Gymraeg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to the Commissioner, in Welsh:</source>
        <translation>Cwyn i’r Comisiynydd, yn Gymraeg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apolo&amp;gy if late:</source>
        <translation>Ymddiheuriad os yw’n &amp;hwyr:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export and print</source>
        <translation>Allforio ac argraffu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The requester&apos;s rights, export and print, and the replies sent</source>
        <translation>Hawliau’r ymgeisydd, allforio ac argraffu, a’r ymatebion a anfonwyd</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit the internal review paragraph</source>
        <translation>Golygu paragraff yr adolygiad mewnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the complaint paragraph</source>
        <translation>Golygu’r paragraff cwyno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the Welsh internal review paragraph</source>
        <translation>Golygu’r paragraff adolygiad mewnol Cymraeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the Welsh complaint paragraph</source>
        <translation>Golygu’r paragraff cwyno Cymraeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the apology</source>
        <translation>Golygu’r ymddiheuriad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The reply letter: preview, export, print, and the final reply as sent</source>
        <translation>Y llythyr ymateb: rhagolwg, allforio, argraffu, a’r ymateb terfynol fel y’i hanfonwyd</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The letter cannot be prepared: %1</source>
        <translation>Ni ellir paratoi’r llythyr: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export &amp;correction letter…</source>
        <translation>Allforio &amp;llythyr cywiro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export correction letter</source>
        <translation>Allforio llythyr cywiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the reply may be sent cannot be told: %1</source>
        <translation>Ni ellir dweud a ellir anfon yr ymateb: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready to send the correction: &quot;Export correction letter&quot; saves a letter that corrects reply version %1 and records it as reply version %2.</source>
        <translation>Yn barod i anfon y cywiriad: mae “Allforio llythyr cywiro” yn cadw llythyr sy’n cywiro fersiwn %1 o’r ymateb ac yn ei gofnodi fel fersiwn %2 o’r ymateb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to send: the checker finds no errors. &quot;Export final reply&quot; saves the letter and records it with the case as reply version %1.</source>
        <translation>Yn barod i’w anfon: nid yw’r gwiriwr yn canfod gwallau. Mae “Allforio’r ymateb terfynol” yn cadw’r llythyr ac yn ei gofnodi gyda’r achos fel fersiwn %1 o’r ymateb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not ready to send as the final reply:</source>
        <translation>Ddim yn barod i’w anfon fel yr ymateb terfynol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So the letter is previewed and exported only with a DRAFT watermark. The errors:</source>
        <translation>Felly dim ond gyda dyfrnod DRAFFT y caiff y llythyr ei ragweld a’i allforio. Y gwallau:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  – %1 (%2)</source>
        <translation>  – %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not ready to send:
%1</source>
        <translation>Ddim yn barod i’w anfon:
%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The review paragraph was edited and does not give the authority&apos;s review contact (%1). Refresh it from the profile if the contact has changed.</source>
        <translation>Golygwyd y paragraff adolygu ac nid yw’n rhoi cyswllt adolygu’r awdurdod (%1). Adnewyddwch ef o’r proffil os yw’r cyswllt wedi newid.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow the authority profile in the standard paragraphs</source>
        <translation>Dilyn proffil yr awdurdod yn y paragraffau safonol</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The review holds this reply back. Why must it be sent now? The reason is recorded in the case&apos;s history.</source>
        <translation>Mae’r adolygiad yn dal yr ymateb hwn yn ôl. Pam mae’n rhaid ei anfon nawr? Cofnodir y rheswm yn hanes yr achos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: sending despite the review needs a reason.</source>
        <translation>Ni anfonwyd dim: mae angen rheswm dros anfon er gwaethaf yr adolygiad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The final reply needs the authority&apos;s profile (its address and review contact): %1 Set it up in Settings, Authority.</source>
        <translation>Mae’r ymateb terfynol angen proffil yr awdurdod (ei gyfeiriad a’i gyswllt adolygu): %1 Gosodwch ef yn Gosodiadau, Awdurdod.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the correction letter</source>
        <translation>Allforio’r llythyr cywiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the final reply</source>
        <translation>Allforio’r ymateb terfynol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction %1 version %2.pdf</source>
        <translation>Cywiriad %1 fersiwn %2.pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record the correction letter as sent</source>
        <translation>Cofnodi bod y llythyr cywiro wedi’i anfon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the reply as sent</source>
        <translation>Cofnodi bod yr ymateb wedi’i anfon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 and recorded it as reply version %2 of %3, correcting the letter sent before (SHA-256 %4…). The decision is locked again.</source>
        <translation>Ysgrifennwyd %1 a’i gofnodi fel fersiwn %2 o ymateb %3, gan gywiro’r llythyr a anfonwyd o’r blaen (SHA-256 %4…). Mae’r penderfyniad wedi’i gloi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 and recorded it as reply version %2 of %3 (SHA-256 %4…). The decision is now locked: to change it, use Amend after sending.</source>
        <translation>Ysgrifennwyd %1 a’i gofnodi fel fersiwn %2 o ymateb %3 (SHA-256 %4…). Mae’r penderfyniad bellach wedi’i gloi: i’w newid, defnyddiwch Diwygio ar ôl anfon.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/ReplyStep.h" line="+66"/>
        <source>Reply</source>
        <translation>Ymateb</translation>
    </message>
</context>
<context>
    <name>foi::ui::RequestStep</name>
    <message>
        <location filename="../../ui/workspace/RequestStep.cpp" line="+43"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated when the request was logged</source>
        <translation>Wedi’i neilltuo pan gofnodwyd y cais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the request is about: shown in the case list and as the letter&apos;s heading</source>
        <translation>Testun y cais: fe’i dangosir yn y rhestr achosion ac fel pennawd y llythyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the request is about, e.g. Use of drones at protests</source>
        <translation>Testun y cais, e.e. Defnyddio dronau mewn protestiadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requester&apos;s name</source>
        <translation>Enw’r ymgeisydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requester&apos;s email</source>
        <translation>E-bost yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal address</source>
        <translation>Cyfeiriad post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of receipt</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0 of the 20 working days: the day the request arrived</source>
        <translation>Diwrnod 0 o’r 20 diwrnod gwaith: y diwrnod y cyrhaeddodd y cais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received by</source>
        <translation>Derbyniwyd drwy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regime</source>
        <translation>Cyfundrefn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of correspondence</source>
        <translation>Iaith gohebiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the reply is written in: a request in Welsh is answered in Welsh</source>
        <translation>Iaith yr ymateb: caiff cais yn Gymraeg ei ateb yn Gymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh and English (bilingual)</source>
        <translation>Cymraeg a Saesneg (dwyieithog)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request text</source>
        <translation>Testun y cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the request exactly as received</source>
        <translation>Gludwch y cais yn union fel y’i derbyniwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the request exactly as it was received.</source>
        <translation>Gludwch y cais yn union fel y’i derbyniwyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity of the request</source>
        <translation>Dilysrwydd y cais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environmental information</source>
        <translation>Gwybodaeth amgylcheddol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (s&amp;ubject):</source>
        <translation>Te&amp;itl (pwnc):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s &amp;name:</source>
        <translation>&amp;Enw’r ymgeisydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address:</source>
        <translation>Cyfeiriad &amp;post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;receipt:</source>
        <translation>&amp;Dyddiad derbyn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received &amp;by:</source>
        <translation>Derbyniwyd d&amp;rwy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gime:</source>
        <translation>C&amp;yfundrefn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of c&amp;orrespondence:</source>
        <translation>Iait&amp;h gohebiaeth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;text, as received:</source>
        <translation>&amp;Testun y cais, fel y’i derbyniwyd:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit the title</source>
        <translation>Golygu’r teitl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit requester&apos;s name</source>
        <translation>Golygu enw’r ymgeisydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit requester&apos;s email</source>
        <translation>Golygu e-bost yr ymgeisydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit postal address</source>
        <translation>Golygu’r cyfeiriad post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of receipt</source>
        <translation>Newid y dyddiad derbyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change how the request arrived</source>
        <translation>Newid sut y cyrhaeddodd y cais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change regime</source>
        <translation>Newid y gyfundrefn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change language of correspondence</source>
        <translation>Newid iaith gohebiaeth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit request text</source>
        <translation>Golygu testun y cais</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;#10003; The request looks valid (s8): in writing, with a name, an address for correspondence and a description.</source>
        <translation>&amp;#10003; Mae’r cais yn edrych yn ddilys (adran 8): yn ysgrifenedig, gydag enw, cyfeiriad ar gyfer gohebiaeth a disgrifiad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ℹ The request reads as %1 (%2 Welsh and %3 English common words). A request written in Welsh is answered in Welsh, with no delay: if so, choose it as the language of correspondence.</source>
        <translation>ℹ Mae’r cais yn darllen fel %1 (%2 o eiriau cyffredin Cymraeg a %3 Saesneg). Caiff cais a ysgrifennwyd yn Gymraeg ei ateb yn Gymraeg, heb oedi: os felly, dewiswch y Gymraeg yn iaith gohebiaeth.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>⚠ This may be a request for environmental information: it mentions %1. Information on the state of the environment, emissions, noise, waste, land use, planning or measures affecting them falls under the Environmental Information Regulations (reg 2(1)), and FOIA s39 exempts it. If it is, choose the EIR as the regime; if only some questions are, handle those under the EIR.</source>
        <translation>⚠ Gall hwn fod yn gais am wybodaeth amgylcheddol: mae’n sôn am %1. Mae gwybodaeth am gyflwr yr amgylchedd, allyriadau, sŵn, gwastraff, defnydd tir, cynllunio neu fesurau sy’n effeithio arnynt yn dod o dan y Rheoliadau Gwybodaeth Amgylcheddol (rheoliad 2(1)), ac mae adran 39 o’r Ddeddf Rhyddid Gwybodaeth yn ei heithrio. Os felly, dewiswch yr EIR yn gyfundrefn; os mai dim ond rhai cwestiynau sy’n amgylcheddol, ymdriniwch â’r rheini o dan yr EIR.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who asked, when and how, and what they asked for</source>
        <translation>Pwy ofynnodd, pryd a sut, a beth y gofynnwyd amdano</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/RequestStep.h" line="+37"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReviewActions</name>
    <message>
        <location filename="../../ui/review/ReviewActions.cpp" line="+19"/>
        <source>Open &amp;review bundle…</source>
        <translation>Agor &amp;bwndel adolygu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review a case another officer exported, read-only</source>
        <translation>Adolygu achos a allforiwyd gan swyddog arall, darllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport for review…</source>
        <translation>Allforio i’w adol&amp;ygu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open case as a signed bundle for a reviewer</source>
        <translation>Ysgrifennu’r achos agored fel bwndel wedi’i lofnodi ar gyfer adolygydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import review response…</source>
        <translation>&amp;Mewnforio ymateb adolygu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a reviewer&apos;s signed decision on a case</source>
        <translation>Cofnodi penderfyniad wedi’i lofnodi gan adolygydd ar achos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open review bundle</source>
        <translation>Agor bwndel adolygu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>your own key</source>
        <translation>eich allwedd eich hun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a key you trust</source>
        <translation>allwedd rydych yn ymddiried ynddi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your signed decision</source>
        <translation>Cadw eich penderfyniad wedi’i lofnodi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your signed decision is in %1%2: send it back to %3.</source>
        <translation>Mae eich penderfyniad wedi’i lofnodi yn %1%2: anfonwch ef yn ôl at %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (encrypted for %1)</source>
        <translation> (wedi’i amgryptio ar gyfer %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a case first, then export it for review.</source>
        <translation>Agorwch achos yn gyntaf, yna allforiwch ef i’w adolygu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 approved this case. Exporting it for review again withdraws that approval: the case will await a new decision.</source>
        <translation>Cymeradwyodd %1 yr achos hwn. Mae ei allforio i’w adolygu eto yn tynnu’r gymeradwyaeth honno’n ôl: bydd yr achos yn aros am benderfyniad newydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export for review</source>
        <translation>Allforio i’w adolygu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 exported for review to %2, encrypted for %3.</source>
        <translation>Allforiwyd %1 i’w adolygu i %2, wedi’i amgryptio ar gyfer %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exported for review to %2.</source>
        <translation>Allforiwyd %1 i’w adolygu i %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 This withdrew the approval by %2: the case awaits review again.</source>
        <translation>%1 Tynnodd hyn gymeradwyaeth %2 yn ôl: mae’r achos yn aros am adolygiad eto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import review response</source>
        <translation>Mewnforio ymateb adolygu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review imported: %1.</source>
        <translation>Mewnforiwyd yr adolygiad: %1.</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReviewDifferencesDialog</name>
    <message>
        <location filename="../../ui/review/ReviewDifferencesDialog.cpp" line="+17"/>
        <source>The case changed after review</source>
        <translation>Newidiodd yr achos ar ôl yr adolygiad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As reviewed</source>
        <translation>Fel y’i hadolygwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>(absent)</source>
        <translation>(absennol)</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReviewKeysPage</name>
    <message>
        <location filename="../../ui/settings/ReviewKeysPage.cpp" line="+48"/>
        <source>Your review key</source>
        <translation>Eich allwedd adolygu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export my public key…</source>
        <translation>Allf&amp;orio fy allwedd gyhoeddus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes your public key to a small file to give to the officers who review your cases</source>
        <translation>Ysgrifennu eich allwedd gyhoeddus i ffeil fach i’w rhoi i’r swyddogion sy’n adolygu eich achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export your public key</source>
        <translation>Allforio eich allwedd gyhoeddus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A colleague&apos;s key</source>
        <translation>Allwedd cydweithiwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s key…</source>
        <translation>&amp;Mewnforio allwedd cydweithiwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a colleague&apos;s public key</source>
        <translation>Mewnforio allwedd gyhoeddus cydweithiwr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the public key file a colleague gave you. Its fingerprint is shown here to compare with them, in person or by phone, before you trust it.</source>
        <translation>Mewnforiwch y ffeil allwedd gyhoeddus a roddodd cydweithiwr i chi. Dangosir ei hôl bys yma i’w gymharu â nhw, wyneb yn wyneb neu dros y ffôn, cyn i chi ymddiried ynddi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trust this key</source>
        <translation>&amp;Ymddiried yn yr allwedd hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Don&apos;t trust it</source>
        <translation>&amp;Peidio ag ymddiried ynddi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key was not trusted.</source>
        <translation>Ni ymddiriedwyd yn yr allwedd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Keys you trust</source>
        <translation>Allweddi rydych yn ymddiried ynddynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;voke…</source>
        <translation>D&amp;irymu…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoke for &amp;good</source>
        <translation>Dirymu am &amp;byth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei chadw</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Fingerprint: %2
You sign review bundles and decisions with this key, in the workbench and on the command line alike.</source>
        <translation>%1
Ôl bys: %2
Rydych yn llofnodi bwndeli adolygu a phenderfyniadau â’r allwedd hon, yn y fainc waith ac ar y llinell orchymyn fel ei gilydd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(unknown)</source>
        <translation>(anhysbys)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoked %1</source>
        <translation>dirymwyd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted since %1</source>
        <translation>ymddiriedir ynddi ers %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your public key is in %1. Give it to your reviewers and read them your fingerprint (%2) so they can check it.</source>
        <translation>Mae eich allwedd gyhoeddus yn %1. Rhowch hi i’ch adolygwyr a darllenwch eich ôl bys (%2) iddynt er mwyn iddynt ei gwirio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key of %1
Fingerprint: %2
Ask %1 to read you their fingerprint, in person or by phone. Trust the key only if every group matches.</source>
        <translation>Allwedd %1
Ôl bys: %2
Gofynnwch i %1 ddarllen eu hôl bys i chi, wyneb yn wyneb neu dros y ffôn. Ymddiriedwch yn yr allwedd dim ond os yw pob grŵp yn cyfateb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed officer</source>
        <translation>swyddog heb ei enwi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a colleague&apos;s key file first.</source>
        <translation>Mewnforiwch ffeil allwedd cydweithiwr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You trust the key of %1 (%2).</source>
        <translation>Rydych yn ymddiried yn allwedd %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles and decisions signed by %1 are now accepted.</source>
        <translation>Caiff bwndeli a phenderfyniadau a lofnodwyd gan %1 eu derbyn bellach.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the key to revoke in the list first.</source>
        <translation>Dewiswch yr allwedd i’w dirymu yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke the key of %1 (%2)? Anything it signs is refused from now on, and it can never be trusted again: %1 would need a new key.</source>
        <translation>Dirymu allwedd %1 (%2)? Caiff unrhyw beth y mae’n ei lofnodi ei wrthod o hyn ymlaen, ac ni ellir byth ymddiried ynddi eto: byddai angen allwedd newydd ar %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revoked the key %1: what it signs is refused from now on.</source>
        <translation>Dirymwyd yr allwedd %1: caiff yr hyn y mae’n ei lofnodi ei wrthod o hyn ymlaen.</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReviewModeWindow</name>
    <message>
        <location filename="../../ui/review/ReviewModeWindow.cpp" line="+16"/>
        <source>Review of %1 (read-only)</source>
        <translation>Adolygiad o %1 (darllen yn unig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since your review</source>
        <translation>Wedi newid ers eich adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft reply</source>
        <translation>Drafft o’r ymateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the reply</source>
        <translation>Ar ôl yr ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings (%1)</source>
        <translation>Canfyddiadau (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case %1, exported for review by %2 on %3.
Signed with key %4 (%5). %6</source>
        <translation>Achos %1, wedi’i allforio i’w adolygu gan %2 ar %3.
Wedi’i lofnodi ag allwedd %4 (%5). %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requester&apos;s details are included by the officer&apos;s choice.</source>
        <translation>Mae manylion yr ymgeisydd wedi’u cynnwys trwy ddewis y swyddog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requester is not named: decide as for anyone who might ask.</source>
        <translation>Nid yw’r ymgeisydd wedi’i enwi: penderfynwch fel ar gyfer unrhyw un a allai ofyn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your comment (optional)</source>
        <translation>Eich sylw (dewisol)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime</source>
        <translation>Cyfundrefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Ymgeisydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1</source>
        <translation>Cwestiwn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked</source>
        <translation>Gofynnwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Yn cael ei chadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communicated</source>
        <translation>Cyfleir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searches</source>
        <translation>Chwiliadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on question %1</source>
        <translation>Sylw ar gwestiwn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Claim %1: %2</source>
        <translation>Hawliad %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relieves</source>
        <translation>Yn dileu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any other information held within the request</source>
        <translation>unrhyw wybodaeth arall a gedwir o fewn y cais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covers</source>
        <translation>Yn cwmpasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it applies</source>
        <translation>Pam mae’n berthnasol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interest harmed: %1
How the harm would follow: %2
Likelihood: %3</source>
        <translation>Y buddiant a niweidir: %1
Sut y byddai’r niwed yn dilyn: %2
Tebygolrwydd: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+19"/>
        <source>(not stated)</source>
        <translation>(heb ei nodi)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  (none listed)</source>
        <translation>  (dim wedi’u rhestru)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For disclosure:
%1
For the exemption:
%2
Balance: %3
Conclusion: %4</source>
        <translation>O blaid datgelu:
%1
O blaid yr eithriad:
%2
Cydbwysedd: %3
Casgliad: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public interest</source>
        <translation>Budd y cyhoedd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on claim %1, its harm and public interest</source>
        <translation>Sylw ar hawliad %1, ei niwed a budd y cyhoedd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You %1 the version of %2 before this one.
Since then: %3</source>
        <translation>Gwnaethoch %1 y fersiwn o %2 cyn yr un hon.
Ers hynny: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>gymeradwyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returned</source>
        <translation>ddychwelyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing the workbench can name changed.</source>
        <translation>ni newidiodd dim y gall y fainc waith ei enwi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you reviewed it</source>
        <translation>Pan wnaethoch ei adolygu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>(absent)</source>
        <translation>(absennol)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checker found nothing to report.</source>
        <translation>Ni chanfu’r gwiriwr ddim i’w adrodd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store&apos;s audit chain head at export: %1</source>
        <translation>Pen cadwyn archwilio’r storfa wrth allforio: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overall comment</source>
        <translation>Sylw cyffredinol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall comment (needed to return the case: say what to change)</source>
        <translation>Sylw cyffredinol (ei angen i ddychwelyd yr achos: dywedwch beth i’w newid)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Return…</source>
        <translation>&amp;Dychwelyd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without deciding (Esc)</source>
        <translation>Cau heb benderfynu (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You exported this case yourself, so you cannot approve it: a second officer must. You can return it with comments.</source>
        <translation>Chi a allforiodd yr achos hwn, felly ni allwch ei gymeradwyo: rhaid i ail swyddog wneud hynny. Gallwch ei ddychwelyd gyda sylwadau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You returned this very version on %1: nothing in the case has changed since.</source>
        <translation>Dychwelwyd yr union fersiwn hon gennych ar %1: nid oes dim yn yr achos wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Approve anyway…</source>
        <translation>C&amp;ymeradwyo beth bynnag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve…</source>
        <translation>C&amp;ymeradwyo…</translation>
    </message>
</context>
<context>
    <name>foi::ui::ReviewNotesPanel</name>
    <message>
        <location filename="../../ui/review/ReviewNotesPanel.cpp" line="+29"/>
        <source>Review notes</source>
        <translation>Nodiadau adolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer&apos;s comments not answered yet; press Enter to go to what one is about</source>
        <translation>Sylwadau’r adolygydd heb eu hateb eto; pwyswch Enter i fynd at yr hyn y mae un yn ymwneud ag ef</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answer to the review note</source>
        <translation>Eich ateb i’r nodyn adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (optional), then Mark answered</source>
        <translation>Eich ateb (dewisol), yna Nodi wedi’i ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark ans&amp;wered</source>
        <translation>Nodi wedi’i &amp;ateb</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>approving</source>
        <translation>wrth gymeradwyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returning</source>
        <translation>wrth ddychwelyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review note · %1 on %2 (when %3): %4</source>
        <translation>Nodyn adolygu · %1 ar %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 from the reviewer, open until you mark each answered.</source>
        <translation>%1 gan yr adolygydd, ar agor nes i chi nodi bod pob un wedi’i ateb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review note</source>
        <translation>nodyn adolygu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>review notes</source>
        <translation>nodyn adolygu</translation>
    </message>
</context>
<context>
    <name>foi::ui::SaveConflictDialog</name>
    <message>
        <location filename="../../ui/mainwindow/SaveConflictDialog.cpp" line="+38"/>
        <source>Another officer saved this case</source>
        <translation>Mae swyddog arall wedi cadw’r achos hwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their save left the same words as yours in every part: keeping your version loses nothing of theirs.</source>
        <translation>Gadawodd eu cadw nhw yr un geiriau â’ch rhai chi ym mhob rhan: ni chollir dim o’u rhai nhw wrth gadw eich fersiwn chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here is each part that differs. Choose whose version the case keeps. The version not kept stays in the case&apos;s history (View, Case history).</source>
        <translation>Dyma bob rhan sy’n wahanol. Dewiswch fersiwn pwy y mae’r achos yn ei chadw. Mae’r fersiwn na chedwir yn aros yn hanes yr achos (Gweld, Hanes yr achos).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The parts that differ, their version beside yours</source>
        <translation>Y rhannau sy’n wahanol, eu fersiwn nhw wrth ymyl eich un chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Rhan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version (saved)</source>
        <translation>Eu fersiwn nhw (wedi’i chadw)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version (not saved)</source>
        <translation>Eich fersiwn chi (heb ei chadw)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep &amp;my version</source>
        <translation>Cadw &amp;fy fersiwn i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take &amp;their version</source>
        <translation>Cymryd eu fersiwn &amp;nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy my version</source>
        <translation>&amp;Copïo fy fersiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts your words for each part that differs on the clipboard</source>
        <translation>Yn rhoi eich geiriau ar gyfer pob rhan wahanol ar y clipfwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation>Penderfynu’n &amp;ddiweddarach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your typing stays in the open case, unsaved; the next save asks again</source>
        <translation>Mae’r hyn a deipiwyd gennych yn aros yn yr achos agored, heb ei gadw; bydd y cadw nesaf yn gofyn eto</translation>
    </message>
</context>
<context>
    <name>foi::ui::SearchRecordEditor</name>
    <message>
        <location filename="../../ui/workspace/SearchRecordEditor.cpp" line="+33"/>
        <source>Searches made</source>
        <translation>Chwiliadau a wnaed</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Attach search evidence to case %1</source>
        <translation>Atodi tystiolaeth chwilio i achos %1</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Searches made for this question</source>
        <translation>Chwiliadau a wnaed ar gyfer y cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected search is the one evidence is cited for</source>
        <translation>Y chwiliad a ddewiswyd yw’r un y dyfynnir tystiolaeth ar ei gyfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where searched</source>
        <translation>Ble y chwiliwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System, file or team, e.g. finance system</source>
        <translation>System, ffeil neu dîm, e.e. system gyllid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searched by</source>
        <translation>Chwiliwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or team</source>
        <translation>Person neu dîm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search terms</source>
        <translation>Termau chwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words or criteria used</source>
        <translation>Geiriau neu feini prawf a ddefnyddiwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searched on</source>
        <translation>Chwiliwyd ar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;search</source>
        <translation>Ychwanegu chwilia&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the search described in the fields</source>
        <translation>Cofnodi’r chwiliad a ddisgrifir yn y meysydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move search</source>
        <translation>Tynn&amp;u chwiliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected search</source>
        <translation>Tynnu’r chwiliad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence cited by this question&apos;s searches</source>
        <translation>Tystiolaeth a ddyfynnir gan chwiliadau’r cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the selected file</source>
        <translation>Mae Enter yn agor y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence cited:</source>
        <translation>Tystiolaeth a ddyfynnwyd:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cite evide&amp;nce…</source>
        <translation>Dyfynnu ty&amp;stiolaeth…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cite search evidence for the selected search</source>
        <translation>Dyfynnu tystiolaeth chwilio ar gyfer y chwiliad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cited fi&amp;le</source>
        <translation>Agor y ffei&amp;l a ddyfynnwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected cited file</source>
        <translation>Agor y ffeil a ddyfynnwyd a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withd&amp;raw citation</source>
        <translation>&amp;Hepgor y dyfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the selected citation</source>
        <translation>Hepgor y dyfyniad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file stays attached to the case</source>
        <translation>Mae’r ffeil yn aros ynghlwm wrth yr achos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Where:</source>
        <translation>&amp;Ble:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>Ga&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms:</source>
        <translation>&amp;Termau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;On:</source>
        <translation>A&amp;r:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Record a search</source>
        <translation>Cofnodi chwiliad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove a search</source>
        <translation>Tynnu chwiliad</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 — search of %2</source>
        <translation>%1 — chwiliad o %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not in this store)</source>
        <translation>%1 (nid yw yn y storfa hon)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a search first, then cite the files that show it.</source>
        <translation>Cofnodwch chwiliad yn gyntaf, yna dyfynnwch y ffeiliau sy’n ei ddangos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence cited yet.</source>
        <translation>Dim tystiolaeth wedi’i dyfynnu eto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record the search first, then cite the files that show it</source>
        <translation>Cofnodwch y chwiliad yn gyntaf, yna dyfynnwch y ffeiliau sy’n ei ddangos</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No program on this computer opens %1. Its copy is at %2.</source>
        <translation>Nid oes rhaglen ar y cyfrifiadur hwn yn agor %1. Mae ei gopi yn %2.</translation>
    </message>
</context>
<context>
    <name>foi::ui::SentRepliesPanel</name>
    <message>
        <location filename="../../ui/workspace/SentRepliesPanel.cpp" line="+46"/>
        <location line="+9"/>
        <source>Replies sent</source>
        <translation>Ymatebion a anfonwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each version sent: date, officer and the start of its SHA-256</source>
        <translation>Pob fersiwn a anfonwyd: dyddiad, swyddog a dechrau ei SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open sent cop&amp;y</source>
        <translation>Agor y copi a a&amp;nfonwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sent copy</source>
        <translation>Agor y copi a anfonwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens exactly the bytes sent, in the PDF viewer</source>
        <translation>Agor yr union beitiau a anfonwyd, yn y gwyliwr PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save sent copy &amp;as…</source>
        <translation>Cadw’r copi a anfonwyd f&amp;el…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Save the sent copy</source>
        <translation>Cadw’r copi a anfonwyd</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Saves exactly the bytes sent to a file you choose</source>
        <translation>Cadw’r union beitiau a anfonwyd mewn ffeil a ddewiswch</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (correction of version %1)</source>
        <translation> (cywiriad o fersiwn %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1%2 · %3 · %4 · SHA-256 %5…</source>
        <translation>Fersiwn %1%2 · %3 · %4 · SHA-256 %5…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 bytes, SHA-256 %3%4</source>
        <translation>%1, %2 beit, SHA-256 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the requester&apos;s details were erased)</source>
        <translation> (dilëwyd manylion yr ymgeisydd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reply has been sent on this case yet.</source>
        <translation>Nid oes ymateb wedi’i anfon ar yr achos hwn eto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 version %2.pdf</source>
        <translation>%1 fersiwn %2.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PDF viewer opened; the sent copy is in %1.</source>
        <translation>Ni agorodd gwyliwr PDF; mae’r copi a anfonwyd yn %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the reply as sent (SHA-256 %1…) to %2.</source>
        <translation>Cadwyd yr ymateb fel y’i hanfonwyd (SHA-256 %1…) yn %2.</translation>
    </message>
</context>
<context>
    <name>foi::ui::SentReplyBanner</name>
    <message>
        <location filename="../../ui/workspace/SentReplyBanner.cpp" line="+59"/>
        <source>A&amp;mend after sending…</source>
        <translation>Diwygio ar ôl anfon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the decision of a sent reply, with a reason, and send a correction letter (Ctrl+Shift+M)</source>
        <translation>Newid penderfyniad ymateb a anfonwyd, gyda rheswm, ac anfon llythyr cywiro (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend after sending…</source>
        <translation>Diwygio ar ôl anfon…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the letter sent said</source>
        <translation>Yr hyn a ddywedodd y llythyr a anfonwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the amended decision says</source>
        <translation>Yr hyn y mae’r penderfyniad diwygiedig yn ei ddweud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter sent said:</source>
        <translation>Dywedodd y llythyr a anfonwyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision now says:</source>
        <translation>Mae’r penderfyniad nawr yn dweud:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Amending reply version %1 after sending, because: %2
Change the decision, then send the correction letter from the Reply step (Export correction letter).</source>
        <translation>Yn diwygio fersiwn %1 o’r ymateb ar ôl ei anfon, oherwydd: %2
Newidiwch y penderfyniad, yna anfonwch y llythyr cywiro o’r cam Ymateb (Allforio llythyr cywiro).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply version %1 was sent on %2, so the decision is locked: the case must keep matching the letter that went out. To change it, use Amend after sending.</source>
        <translation>Anfonwyd fersiwn %1 o’r ymateb ar %2, felly mae’r penderfyniad wedi’i gloi: rhaid i’r achos barhau i gyfateb i’r llythyr a aeth allan. I’w newid, defnyddiwch Diwygio ar ôl anfon.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(No change yet: the decision reads as the letter sent.)</source>
        <translation>(Dim newid eto: mae’r penderfyniad yn darllen fel y llythyr a anfonwyd.)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amend after sending</source>
        <translation>Diwygio ar ôl anfon</translation>
    </message>
</context>
<context>
    <name>foi::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+130"/>
        <source>Choose the folder for backups</source>
        <translation>Dewis y ffolder ar gyfer copïau wrth gefn</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Officer</source>
        <translation>&amp;Swyddog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authority</source>
        <translation>&amp;Awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;References and store</source>
        <translation>&amp;Cyfeirnodau a storfa</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the audit trail with each change</source>
        <translation>Caiff ei gofnodi yn y trywydd archwilio gyda phob newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interface changes language the next time you start the workbench. Letters follow each case&apos;s language of correspondence.</source>
        <translation>Bydd y rhyngwyneb yn newid iaith y tro nesaf y byddwch yn cychwyn y fainc waith. Mae llythyrau’n dilyn iaith gohebiaeth pob achos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Iaith y rhyngwyneb:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference pattern</source>
        <translation>Patrwm cyfeirnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields: {seq} running number, {seq:4} padded, {yy}, {yyyy}, {mm}</source>
        <translation>Meysydd: {seq} rhif rhedol, {seq:4} wedi’i badio, {yy}, {yyyy}, {mm}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First running number</source>
        <translation>Rhif rhedol cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {seq} starts each period, until a higher number is in use: set it to go on from the numbers you used before the workbench</source>
        <translation>Lle mae {seq} yn dechrau bob cyfnod, nes bod rhif uwch yn cael ei ddefnyddio: gosodwch ef i barhau o’r rhifau a ddefnyddiwyd gennych cyn y fainc waith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: a folder named backups beside the case store</source>
        <translation>Gwag: ffolder o’r enw backups wrth ymyl y storfa achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back &amp;up now</source>
        <translation>Copi wrth &amp;gefn nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the case store now</source>
        <translation>Gwneud copi wrth gefn o’r storfa achosion nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the store into the backup folder while you work, with progress and Cancel</source>
        <translation>Copïo’r storfa i’r ffolder wrth gefn wrth i chi weithio, gyda chynnydd a Diddymu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>De&amp;wis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the backup folder</source>
        <translation>Dewis y ffolder wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a folder chooser for where backups go</source>
        <translation>Agor dewisydd ffolder ar gyfer lle mae copïau wrth gefn yn mynd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference &amp;pattern:</source>
        <translation>&amp;Patrwm cyfeirnod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First running number:</source>
        <translation>Rhif rhedol c&amp;yntaf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups go to:</source>
        <translation>Ffolder c&amp;opïau wrth gefn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now copies the case store while you keep working; Cancel leaves no file behind. Attached files are kept in their own folder beside the store and are not in its backup: back that folder up too.</source>
        <translation>Mae Copi wrth gefn nawr yn copïo’r storfa achosion tra byddwch yn dal i weithio; nid yw Diddymu yn gadael unrhyw ffeil ar ôl. Cedwir ffeiliau atodedig yn eu ffolder eu hunain wrth ymyl y storfa, ac nid ydynt yn ei chopi wrth gefn: gwnewch gopi wrth gefn o’r ffolder honno hefyd.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A team store is backed up on its server by the people who run it</source>
        <translation>Gwneir copi wrth gefn o storfa’r tîm ar ei weinydd gan y bobl sy’n ei rhedeg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first request of a period would be %1, unless a higher number is already in use (New request offers the next free one).</source>
        <translation>Cyfeirnod cais cyntaf cyfnod fyddai %1, oni bai bod rhif uwch eisoes yn cael ei ddefnyddio (mae Cais newydd yn cynnig yr un rhydd nesaf).</translation>
    </message>
</context>
<context>
    <name>foi::ui::SimilarRequestsPanel</name>
    <message>
        <location filename="../../ui/workspace/SimilarRequestsPanel.cpp" line="+17"/>
        <location line="+7"/>
        <source>Similar earlier requests</source>
        <translation>Ceisiadau cynharach tebyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the case</source>
        <translation>Pwyswch Enter i agor yr achos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No earlier request is worded like this one.</source>
        <translation>Nid oes cais cynharach wedi’i eirio fel hwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>foi::ui::StatisticsDialog</name>
    <message>
        <location filename="../../ui/statistics/StatisticsDialog.cpp" line="+37"/>
        <source>Statistics</source>
        <translation>Ystadegau</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>FOIA and EIR</source>
        <translation>FOIA ac EIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOIA only</source>
        <translation>FOIA yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EIR only</source>
        <translation>EIR yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count</source>
        <translation>&amp;Cyfrif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;from</source>
        <translation>Derbyniwyd &amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As at</source>
        <translation>&amp;Fel ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regime</source>
        <translation>C&amp;yfundrefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests received in the period, as they stood at the end of the &quot;as at&quot; day. Ages are in working days (FOIA s10(6)) on the workbench&apos;s calendar, counted from the day after receipt.</source>
        <translation>Ceisiadau a dderbyniwyd yn y cyfnod, fel yr oeddent ar ddiwedd y diwrnod “fel ar”. Mae’r oedrannau mewn diwrnodau gwaith (adran 10(6) o’r Ddeddf) ar galendr y fainc waith, wedi’u cyfrif o’r diwrnod ar ôl eu derbyn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chart: %1</source>
        <translation>Siart: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Table: %1</source>
        <translation>Tabl: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Allforio’r siart fel &amp;PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export table as CS&amp;V…</source>
        <translation>Allforio’r tabl fel CS&amp;V…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>1 request received from %2 to %3, as at %4.</source>
        <translation>1 cais wedi’i dderbyn o %2 i %3, fel ar %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests received from %2 to %3, as at %4.</source>
        <translation>%1 cais wedi’u derbyn o %2 i %3, fel ar %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the chart as PNG</source>
        <translation>Allforio’r siart fel PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart could not be saved as %1. Choose a folder you can write to, or free some space, and export it again.</source>
        <translation>Nid oedd modd cadw’r siart fel %1. Dewiswch ffolder y gallwch ysgrifennu iddi, neu ryddhau rhywfaint o le, a’i allforio eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart saved as %1.</source>
        <translation>Cadwyd y siart fel %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the table as CSV</source>
        <translation>Allforio’r tabl fel CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table could not be saved as %1 (%2). Choose a folder you can write to, or free some space, and export it again.</source>
        <translation>Nid oedd modd cadw’r tabl fel %1 (%2). Dewiswch ffolder y gallwch ysgrifennu iddi, neu ryddhau rhywfaint o le, a’i allforio eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table saved as %1.</source>
        <translation>Cadwyd y tabl fel %1.</translation>
    </message>
</context>
<context>
    <name>foi::ui::StoreRecoveryWindow</name>
    <message>
        <location filename="../../ui/recovery/StoreRecoveryWindow.cpp" line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+49"/>
        <source>The case store cannot be opened</source>
        <translation>Ni ellir agor y storfa achosion</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Open another case store</source>
        <translation>Agor storfa achosion arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case stores (*.foistore);;All files (*)</source>
        <translation>Storfeydd achosion (*.foistore);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>What is wrong</source>
        <translation>Beth sydd o’i le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the damaged store aside (one copy is kept) and puts the selected backup in its place</source>
        <translation>Symud y storfa sydd wedi’i difrodi o’r neilltu (cedwir un copi) a rhoi’r copi wrth gefn a ddewiswyd yn ei lle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at it &amp;read-only</source>
        <translation>Edrych arno i’w &amp;ddarllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected backup read-only, to see what it holds before restoring it; nothing is changed</source>
        <translation>Agor y copi wrth gefn a ddewiswyd i’w ddarllen yn unig, i weld beth sydd ynddo cyn ei adfer; ni newidir dim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose another file…</source>
        <translation>Dewis &amp;ffeil arall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens another case store file instead</source>
        <translation>Agor ffeil storfa achosion arall yn lle hynny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the workbench; nothing is changed</source>
        <translation>Cau’r fainc waith; ni newidir dim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the restore did</source>
        <translation>Beth wnaeth yr adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the restored store</source>
        <translation>&amp;Agor y storfa a adferwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the workbench on the restored case store</source>
        <translation>Agor y fainc waith ar y storfa achosion a adferwyd</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1

Nothing has been written to it. Choose a way out below.</source>
        <translation>%1

Nid oes dim wedi’i ysgrifennu iddi. Dewiswch ffordd allan isod.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be read</source>
        <translation>ni ellir ei darllen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backups were found in %1. Choose another file if you keep a copy of the store elsewhere.</source>
        <translation>Ni chanfuwyd copïau wrth gefn yn %1. Dewiswch ffeil arall os ydych yn cadw copi o’r storfa yn rhywle arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in %1, newest first. Restoring one brings back the cases as they were when it was made; work done since then has to be entered again.</source>
        <translation>Copïau wrth gefn yn %1, y diweddaraf yn gyntaf. Mae adfer un yn dod â’r achosion yn ôl fel yr oeddent pan gafodd ei wneud; rhaid rhoi gwaith a wnaed ers hynny i mewn eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking and restoring %1…</source>
        <translation>Yn gwirio ac yn adfer %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was not restored: %1</source>
        <translation>Ni adferwyd y copi wrth gefn: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown time (its record is missing)</source>
        <translation>amser anhysbys (mae ei gofnod ar goll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The backup is restored</source>
        <translation>Mae’r copi wrth gefn wedi’i adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup made on %1 (%2). Anything entered or changed after that time is not in the store and has to be entered again. The damaged file is kept as %3.</source>
        <translation>Adferwyd y copi wrth gefn a wnaed ar %1 (%2). Nid yw unrhyw beth a roddwyd i mewn neu a newidiwyd ar ôl yr amser hwnnw yn y storfa a rhaid ei roi i mewn eto. Cedwir y ffeil sydd wedi’i difrodi fel %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cases</source>
        <translation>achos</translation>
    </message>
</context>
<context>
    <name>foi::ui::TeamStoreDialog</name>
    <message>
        <location filename="../../ui/mainwindow/TeamStoreDialog.cpp" line="+27"/>
        <source>Open team store on a server</source>
        <translation>Agor storfa’r tîm ar weinydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team store keeps the unit&apos;s cases on a PostgreSQL server, so that every officer works on the same caseload. Your IT department gives you the server&apos;s name, the database and your login.</source>
        <translation>Mae storfa’r tîm yn cadw achosion yr uned ar weinydd PostgreSQL, fel bod pob swyddog yn gweithio ar yr un llwyth achosion. Mae eich adran TG yn rhoi enw’r gweinydd, y gronfa ddata a’ch enw mewngofnodi i chi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. foi-db.force.local</source>
        <translation>e.e. foi-db.force.local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. foi_cases</source>
        <translation>e.e. foi_cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login on the server</source>
        <translation>Eich enw mewngofnodi ar y gweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: your login on this computer</source>
        <translation>Gwag: eich enw mewngofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection security</source>
        <translation>Diogelwch y cysylltiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted when the server offers it</source>
        <translation>Wedi’i amgryptio pan fydd y gweinydd yn ei gynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>Wedi’i amgryptio bob amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted, the server&apos;s certificate checked</source>
        <translation>Wedi’i amgryptio bob amser, a thystysgrif y gweinydd wedi’i gwirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password is not typed here: the workbench reads it from the file .pgpass in your home folder (or the file PGPASSFILE names), as every PostgreSQL program does. The README&apos;s &quot;Team store&quot; section shows the line to put in it.</source>
        <translation>Nid yw eich cyfrinair yn cael ei deipio yma: mae’r fainc waith yn ei ddarllen o’r ffeil .pgpass yn eich ffolder cartref (neu’r ffeil y mae PGPASSFILE yn ei henwi), fel y mae pob rhaglen PostgreSQL yn ei wneud. Mae adran “Team store” y README yn dangos y llinell i’w rhoi ynddi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;login:</source>
        <translation>Eich &amp;enw mewngofnodi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection s&amp;ecurity:</source>
        <translation>Diogel&amp;wch y cysylltiad:</translation>
    </message>
</context>
<context>
    <name>foi::ui::TextListEditor</name>
    <message>
        <location filename="../../ui/widgets/TextListEditor.cpp" line="+29"/>
        <source>Selected entry of %1</source>
        <translation>Y cofnod a ddewiswyd yn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an entry, then write it here.</source>
        <translation>Ychwanegwch gofnod, yna ysgrifennwch ef yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an entry to %1</source>
        <translation>Ychwanegu cofnod at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entry of %1</source>
        <translation>Tynnu’r cofnod a ddewiswyd o %1</translation>
    </message>
</context>
<context>
    <name>foi::ui::Workbench</name>
    <message>
        <location filename="../../ui/mainwindow/Workbench.cpp" line="+114"/>
        <source>Print the reply</source>
        <translation>Argraffu’r ymateb</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Import case files</source>
        <translation>Mewnforio ffeiliau achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json)</source>
        <translation>Ffeiliau achos (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That finding concerns the reply letter, which is written in its own step.</source>
        <translation>Mae’r canfyddiad hwnnw’n ymwneud â’r llythyr ymateb, a ysgrifennir yn ei gam ei hun.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deleted case %1</source>
        <translation>Dilëwyd achos %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team store&apos;s server is not answering. Your typing is kept in the open case and is saved as soon as the server answers again.</source>
        <translation>Nid yw gweinydd storfa’r tîm yn ateb. Cedwir yr hyn a deipiwyd gennych yn yr achos agored, a chaiff ei gadw cyn gynted ag y bydd y gweinydd yn ateb eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team store&apos;s server answers again, and your typing is saved.</source>
        <translation>Mae gweinydd storfa’r tîm yn ateb eto, ac mae’r hyn a deipiwyd gennych wedi’i gadw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nothing was logged: the case history needs your name. Press Ctrl+N to try again.</source>
        <translation>Ni chofnodwyd dim: mae hanes yr achos angen eich enw. Pwyswch Ctrl+N i roi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Logged request %1</source>
        <translation>Cofnodwyd cais %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (since %2)</source>
        <translation>%1 (ers %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also open in another workbench: %1. If you both change the case, whoever saves second is shown both versions to choose from.</source>
        <translation>Ar agor hefyd mewn mainc waith arall: %1. Os bydd y ddau ohonoch yn newid yr achos, bydd pwy bynnag sy’n cadw’n ail yn gweld y ddwy fersiwn i ddewis rhyngddynt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your version is saved; theirs is in the case history.</source>
        <translation>Mae eich fersiwn chi wedi’i chadw; mae eu un nhw yn hanes yr achos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case now shows the other officer&apos;s version.</source>
        <translation>Mae’r achos bellach yn dangos fersiwn y swyddog arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes to %1 are not saved yet: another officer saved it after you opened it. The next change you make asks again whose version to keep.</source>
        <translation>Nid yw eich newidiadau i %1 wedi’u cadw eto: cadwodd swyddog arall yr achos ar ôl i chi ei agor. Bydd y newid nesaf a wnewch yn gofyn eto fersiwn pwy i’w chadw.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing case files…</source>
        <translation>Yn mewnforio ffeiliau achos…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 new, %2 updated and %3 unchanged.</source>
        <translation>Mewnforiwyd: %1 newydd, %2 wedi’u diweddaru a %3 heb newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Stopped after %2 of %3 files; the cases imported are kept.</source>
        <translation>%1 Daeth i ben ar ôl %2 o %3 ffeil; cedwir yr achosion a fewnforiwyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 These files were not imported:
%2</source>
        <translation>%1 Ni fewnforiwyd y ffeiliau hyn:
%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import email</source>
        <translation>Mewnforio e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved emails (*.eml)</source>
        <translation>Negeseuon e-bost a gadwyd (*.eml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only emails saved as .eml files can be dropped on the case list.</source>
        <translation>Dim ond negeseuon e-bost a gadwyd fel ffeiliau .eml y gellir eu gollwng ar y rhestr achosion.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Calendar</source>
        <translation>Ca&amp;lendr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review &amp;keys</source>
        <translation>Allweddi a&amp;dolygu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A backup is already running; its progress is shown.</source>
        <translation>Mae copi wrth gefn eisoes ar y gweill; dangosir ei gynnydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a team store: its server is backed up by the people who run it, with pg_dump or &apos;foi-workbench-cli --store %1 backup FILE&apos;. Ask them when the last backup was made.</source>
        <translation>Storfa tîm yw %1: mae’r bobl sy’n rhedeg ei gweinydd yn gwneud copi wrth gefn ohono, gyda pg_dump neu ‘foi-workbench-cli --store %1 backup FILE’. Gofynnwch iddynt pryd y gwnaed y copi wrth gefn diwethaf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up the case store to %1…</source>
        <translation>Yn gwneud copi wrth gefn o’r storfa achosion yn %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case store is backed up to %1 (%2, SHA-256 %3). Attached files are not in it: keep the folder %4 with your backups.</source>
        <translation>Mae copi wrth gefn o’r storfa achosion yn %1 (%2, SHA-256 %3). Nid yw’r ffeiliau atodedig ynddo: cadwch y ffolder %4 gyda’ch copïau wrth gefn.</translation>
    </message>
</context>
</TS>
