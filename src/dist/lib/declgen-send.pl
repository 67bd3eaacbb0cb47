# declgen-send.pl SOCKET BUILD SETTING... -- ARGS... — sends one command line to declgen's
# resident server and relays its stdout, stderr and exit code, as org.declgen.server.Client does,
# without starting a Java VM (about 0.02 s instead of 0.2 s). bin/declgen runs it when the system
# has Perl (git depends on it on Linux; macOS ships it) and a server's socket is there. It needs
# only Perl's core modules (Socket and Cwd, outside Linux).
#
# bin/declgen runs it with PERL_BADLANG=0 (no warning about a locale that is not installed, as
# zh_CN.UTF-8 often is not) and PERL5OPT empty; each SETTING says how such a variable was before
# (NAME=VALUE, or -NAME for unset), and the environment is sent on as it was.
#
# Exit 125 means "run it yourself": no server answered, one of another build refused, or this
# relay could not run. Any other status is the command's own (declgen's are 0 to 3). The wire
# format is org.declgen.server.Wire's: big-endian ints, texts as a length and UTF-8 bytes.
#
# bin/declgen runs it with -C0 (arguments, environment and output are bytes, whatever
# PERL_UNICODE says) and -X. It starts in under 10 ms, so it loads as little as it can: no
# warnings or utf8 pragma (texts here are UTF-8 bytes), and on Linux neither Socket nor Cwd.
use strict;

my $RUN_IT_YOURSELF = 125;
my $INTERNAL = 3;
my $MAGIC = 0x64676c01;
my ($OUT, $ERR, $EXIT, $REFUSED) = (1, 2, 3, 4);
my $MAX_TEXT = 1 << 20;

# Said when the server ended halfway; the same words as cli.server.broken in messages.properties
# and messages_en.properties (a test holds them together).
my $BROKEN_ZH =
    'declgen 的常驻进程在运行这条命令时意外结束，上面的输出可能不完整；'
  . '写出的文件不受影响（要么是完整的新文件，要么仍是原来的）。'
  . '请再运行一次；若反复出现，设置环境变量 DECLGEN_SERVER=off 可不用常驻进程';
my $BROKEN_EN =
    "declgen\xe2\x80\x99s resident process ended while it ran this command: the output above may be "
  . 'incomplete; files are either wholly new or as they were. Run the command again; if it keeps '
  . 'happening, set DECLGEN_SERVER=off to run without the resident process';

# A closed stdout (declgen textconv x | head) drops the rest, as in-process runs do.
$SIG{PIPE} = 'IGNORE';

my $relayed = 0;
my $status = eval { relay(@ARGV) };
if (defined $status) {
  exit $status;
}
if (!$relayed) {
  exit $RUN_IT_YOURSELF;
}
broken();

sub relay {
  my ($socket, $build, @rest) = @_;
  while (@rest && $rest[0] ne '--') {
    my $setting = shift @rest;
    if ($setting =~ /^-(\w+)\z/) {
      delete $ENV{$1};
    } elsif ($setting =~ /^(\w+)=(.*)\z/s) {
      $ENV{$1} = $2;
    }
  }
  return $RUN_IT_YOURSELF unless @rest && defined $build;
  my @args = @rest[1 .. $#rest];
  my $cwd = working_dir();
  return $RUN_IT_YOURSELF unless defined $cwd;
  my $server = connect_to($socket);
  return $RUN_IT_YOURSELF unless defined $server;

  # As System.console() != null: a person watches, so long runs may draw a progress bar.
  my $interactive = (-t STDIN && -t STDOUT) ? 1 : 0;
  my $request = pack('N', $MAGIC) . text($build) . text($cwd) . pack('C', $interactive);
  my @names = sort keys %ENV;
  $request .= pack('N', scalar @names);
  $request .= text($_) . text($ENV{$_}) for @names;
  $request .= pack('N', scalar @args);
  $request .= text($_) for @args;
  write_all($server, $request) or return $RUN_IT_YOURSELF;

  while (1) {
    my $kind = read_exactly($server, 1);
    last unless defined $kind;
    $kind = ord $kind;
    if ($kind == $EXIT) {
      my $code = read_exactly($server, 4);
      last unless defined $code;
      return unpack('l>', $code) & 0xff;
    } elsif ($kind == $REFUSED) {
      return $RUN_IT_YOURSELF;
    } elsif ($kind == $OUT || $kind == $ERR) {
      my $length = read_exactly($server, 4);
      last unless defined $length;
      $length = unpack('N', $length);
      last if $length > $MAX_TEXT;
      my $chunk = read_exactly($server, $length);
      last unless defined $chunk;
      write_all($kind == $OUT ? \*STDOUT : \*STDERR, $chunk);
      $relayed = 1;
    } else {
      last;
    }
  }
  die "the server ended halfway\n";
}

# As Java's user.dir: the physical path of the working folder.
sub working_dir {
  if ($^O eq 'linux') {
    my $cwd = readlink('/proc/self/cwd');
    return $cwd if defined $cwd && $cwd =~ m{^/} && $cwd !~ / \(deleted\)\z/;
  }
  require Cwd;
  return Cwd::getcwd();
}

sub connect_to {
  my ($path) = @_;
  my ($family, $type, $address);
  if ($^O eq 'linux') {
    # Loading Socket takes longer than the rest of this relay. On Linux AF_UNIX is 1, SOCK_STREAM
    # 1 (2 on MIPS, where connect then fails and Java sends the command), and a sockaddr_un is a
    # native 16-bit family and the path. Elsewhere Socket knows.
    return undef if length $path >= 108;
    ($family, $type, $address) = (1, 1, pack('S', 1) . $path . "\0");
  } else {
    require Socket;
    ($family, $type, $address) =
      (Socket::AF_UNIX(), Socket::SOCK_STREAM(), Socket::pack_sockaddr_un($path));
  }
  socket(my $server, $family, $type, 0) or return undef;
  connect($server, $address) or return undef;
  return $server;
}

sub text {
  my ($s) = @_;
  return pack('N', length $s) . $s;
}

sub read_exactly {
  my ($from, $n) = @_;
  my $buffer = '';
  while (length $buffer < $n) {
    my $got = sysread($from, $buffer, $n - length $buffer, length $buffer);
    if (!defined $got) {
      next if $!{EINTR};
      return undef;
    }
    return undef if $got == 0;
  }
  return $buffer;
}

# False when the reader went away; what is left is dropped.
sub write_all {
  my ($to, $bytes) = @_;
  my $offset = 0;
  while ($offset < length $bytes) {
    my $written = syswrite($to, $bytes, length($bytes) - $offset, $offset);
    if (!defined $written) {
      next if $!{EINTR};
      return 0;
    }
    $offset += $written;
  }
  return 1;
}

# The language rule of org.declgen.diag.Messages.fromEnvironment.
sub broken {
  my $english = 0;
  for my $name (qw(DECLGEN_LANG LC_ALL LC_MESSAGES LANG)) {
    my $value = $ENV{$name};
    if (defined $value && $value =~ /\S/) {
      $english = lc($value) =~ /^en/ ? 1 : 0;
      last;
    }
  }
  write_all(\*STDERR, ($english ? $BROKEN_EN : $BROKEN_ZH) . "\n");
  exit $INTERNAL;
}
