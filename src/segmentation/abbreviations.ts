/**
 * Indonesian abbreviations that end in a full stop, written for Jembatan (sources: README.md).
 * Each form is listed in its usual spelling; lookups also accept it with the first letter's case
 * swapped ("Dr."/"dr."). Fully upper-case forms are listed only where they occur ("JL.", "NO.").
 */

/**
 * Abbreviations that always stand before a name, place or number ("Dr. Budi", "Jl. Sudirman",
 * "No. 5", "Rp. 5.000", "5 Jan. 2024"): a sentence never ends on them.
 */
export const LEADING_ABBREVIATIONS: readonly string[] = [
  // titles, honorifics and ranks
  'Dr.', 'Dra.', 'Drs.', 'Drg.', 'drh.', 'Ir.', 'Prof.', 'Hj.', 'KH.', 'K.H.', 'Ust.', 'Ustz.',
  'Pdt.', 'Rm.', 'Mgr.', 'Rr.', 'Tb.', 'Sdr.', 'Sdri.', 'Bpk.', 'Bp.', 'Ny.', 'Nn.', 'Tn.',
  'St.', 'Yth.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Jend.', 'Kol.', 'Kapt.', 'Plt.', 'Pjs.', 'Ka.',
  'Tgk.', 'R.Ay.', 'R.Ng.', 'R.Ngt.', 'BRAy.', 'Sgt.', 'Rd.', 'Aj.',
  // shortened first names: "Moh. Mahfud MD", "Muh. Yamin", "Abd. Rahman"
  'Moh.', 'Moch.', 'Mochd.', 'Muh.', 'Mhd.', 'Abd.',
  // police and army branch after a rank: "Kombes Pol. Budi", "Kolonel Inf. Andi"
  'Pol.', 'Inf.',
  // the first half of a spaced "Ph. D."
  'Ph.',
  // addresses
  'Jl.', 'JL.', 'Jln.', 'Gg.', 'No.', 'NO.', 'Kav.', 'Komp.', 'Kec.', 'Kab.', 'Kel.', 'Kp.',
  'Ds.', 'Dsn.', 'Dk.', 'Prov.', 'RT.', 'RW.', 'RS.', 'Blk.', 'Univ.', 'Dept.',
  // companies
  'PT.', 'CV.', 'UD.', 'Pte.',
  // dotted lower-case forms that introduce what follows
  'a.n.', 'a.l.', 's.d.', 'u.p.', 'u.b.', 'd.a.', 'hlm.', 'tgl.', 'tel.', 'telp.', 'faks.',
  'Rp.', 'vs.', 'Vol.', 'jo.', 'lamp.', 'psw.', 'pk.', 'pkl.', 'thn.', 'Th.', 'Tap.',
  // months (Indonesian and English forms seen in Indonesian news)
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Agu.', 'Agt.', 'Ags.', 'Agus.', 'Sep.',
  'Sept.', 'Okt.', 'Nov.', 'Des.', 'Aug.', 'Oct.', 'Dec.',
];

/**
 * Abbreviations that often end a sentence ("… buah, sayur, dll. Harga …", "… 80 kg. Polisi …",
 * "…, S.H. Menurutnya …"): they block a break only before lower case, another abbreviation or
 * a bracket ("dll. untuk", "S.E. M.M.", "Tbk. (BBNI)").
 */
export const TRAILING_ABBREVIATIONS: readonly string[] = [
  // "and so on", "et al.", "the said", "as follows", "the person concerned", "people" ("10 org.")
  'dll.', 'dsb.', 'dst.', 'dkk.', 'tsb.', 'sbb.', 'ybs.', 'cs.', 'org.',
  // editorial and religious forms that close a phrase: "(red.)", "Nabi Muhammad saw.", "Allah swt."
  'red.', 'ed.', 'saw.', 'swt.',
  // companies and name suffixes
  'Tbk.', 'Co.', 'Inc.', 'Ltd.', 'LLC.', 'Corp.', 'Pvt.', 'Bhd.', 'Jr.', 'Sr.',
  // units
  'kg.', 'km.', 'cm.', 'mm.',
  // academic degrees written after a name
  'S.H.', 'S.E.', 'S.T.', 'S.S.', 'S.P.', 'S.Ag.', 'S.Pd.', 'S.Pd.I.', 'S.Si.', 'S.Sos.',
  'S.Kom.', 'S.Psi.', 'S.Hum.', 'S.Ked.', 'S.Kep.', 'S.Farm.', 'S.IP.', 'S.I.Kom.', 'S.Hut.',
  'S.Pt.', 'S.Sn.', 'S.Th.', 'S.K.M.', 'S.Kedg.', 'S.Kedh.', 'S.Pol.', 'S.Tr.',
  'M.H.', 'M.M.', 'M.A.', 'M.P.', 'M.T.', 'M.Si.', 'M.Sc.', 'M.Hum.', 'M.Ag.', 'M.Pd.',
  'M.Kom.', 'M.Kes.', 'M.Psi.', 'M.Eng.', 'M.Ked.', 'M.B.A.', 'M.P.A.', 'M.P.H.', 'M.Sn.',
  'M.Th.', 'M.Phil.', 'Ph.D.', 'B.A.', 'B.Sc.', 'LL.B.', 'LL.M.', 'Lc.', 'Apt.', 'A.Md.',
  'Sp.A.', 'Sp.B.', 'Sp.OG.', 'Sp.PD.', 'Sp.JP.', 'Sp.M.', 'Sp.KK.', 'Sp.THT.', 'Sp.S.',
];
