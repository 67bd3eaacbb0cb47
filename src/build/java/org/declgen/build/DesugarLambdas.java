package org.declgen.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Build step (process-classes): turns each lambda and method reference in the compiled classes into
 * an ordinary class of its own, as javac did for anonymous classes.
 *
 * <p>Why: Java 17 links every lambda call site at its first run through {@code LambdaMetafactory},
 * in the interpreter, about 0.2 ms a site even when the class-data archive holds the proxy class. A
 * one-shot {@code check} links about 120 of ours, {@code render} about 190 (docs/performance.md,
 * eighth round). An ordinary class from the archive loads in a few microseconds. The sources keep
 * their lambdas.
 *
 * <p>What it does, per call site bootstrapped by {@code LambdaMetafactory.metafactory} (the
 * serializable and bridging ones, {@code altMetafactory}, are left as they are):
 *
 * <ul>
 *   <li>writes {@code Host$$Fn$N}: a final class implementing the functional interface, with the
 *       captured values as fields and the interface method calling the target the way the
 *       metafactory would (casts, boxing, unboxing, widening);
 *   <li>makes it a nestmate of the host, so that it may call the host's private {@code lambda$}
 *       methods, as the metafactory's hidden class may;
 *   <li>replaces the {@code invokedynamic} by {@code getstatic INSTANCE} when nothing is captured
 *       (one instance per site, as the metafactory gives) or by {@code invokestatic create(...)}.
 * </ul>
 *
 * A site whose conversions this does not know is left as it is and named in the summary line.
 *
 * <p>Run as {@code java -cp asm.jar DesugarLambdas.java CLASSES_DIR}; running it again on its own
 * output changes nothing.
 */
public final class DesugarLambdas {
  static final String SUFFIX = "$$Fn$";

  private static final Handle METAFACTORY =
      new Handle(
          Opcodes.H_INVOKESTATIC,
          "java/lang/invoke/LambdaMetafactory",
          "metafactory",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
              + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
              + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
          false);

  /** The constant pool tag of a class reference (JVMS 4.4.1). */
  private static final int CONSTANT_CLASS = 7;

  private final Path root;
  private final Map<String, ClassFacts> facts = new HashMap<>();

  private final List<String> leftAsTheyAre = new ArrayList<>();
  private int desugared;

  public DesugarLambdas(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DesugarLambdas CLASSES_DIR");
      System.exit(2);
    }
    DesugarLambdas run = new DesugarLambdas(Path.of(args[0]));
    run.run();
    System.out.println(run.summary());
  }

  /** Rewrites every class under the root that has lambda call sites. */
  public void run() throws IOException {
    List<Path> classFiles;
    try (Stream<Path> walk = Files.walk(root)) {
      classFiles =
          walk.filter(p -> p.toString().endsWith(".class"))
              .filter(p -> !p.getFileName().toString().contains(SUFFIX))
              .sorted()
              .toList();
    }
    for (Path file : classFiles) {
      ClassFacts f = ClassFacts.of(Files.readAllBytes(file));
      facts.put(f.name, f);
    }
    for (Path file : classFiles) {
      byte[] bytes = Files.readAllBytes(file);
      if (hasLambdaSites(bytes)) {
        Files.write(file, desugar(bytes));
      }
    }
    for (Map.Entry<String, Set<String>> e : membersClaimingTheirHost().entrySet()) {
      Path hostFile = root.resolve(e.getKey() + ".class");
      Optional<byte[]> listed = addNestMembers(Files.readAllBytes(hostFile), e.getValue());
      if (listed.isPresent()) {
        Files.write(hostFile, listed.get());
      }
    }
  }

  /**
   * Every written class its host still uses, by the nest host it names: a nest host compiled again
   * has lost the members javac did not give it. A class its host no longer uses (the host compiled
   * again, or its source deleted, in a build without clean) is deleted.
   */
  private Map<String, Set<String>> membersClaimingTheirHost() throws IOException {
    Map<String, Set<String>> byHost = new TreeMap<>();
    List<Path> written;
    try (Stream<Path> walk = Files.walk(root)) {
      written = walk.filter(p -> p.getFileName().toString().contains(SUFFIX)).sorted().toList();
    }
    for (Path p : written) {
      String name = root.relativize(p).toString().replace('\\', '/').replaceFirst("\\.class$", "");
      Path hostFile = root.resolve(name.substring(0, name.lastIndexOf(SUFFIX)) + ".class");
      if (!Files.isRegularFile(hostFile) || !usesClass(Files.readAllBytes(hostFile), name)) {
        Files.delete(p);
        continue;
      }
      String nestHost = ClassFacts.of(Files.readAllBytes(p)).nestHost;
      byHost.computeIfAbsent(nestHost, k -> new LinkedHashSet<>()).add(name);
    }
    return byHost;
  }

  /** Whether the class file names {@code className} in its constant pool. */
  static boolean usesClass(byte[] bytes, String className) {
    ClassReader reader = new ClassReader(bytes);
    char[] buffer = new char[reader.getMaxStringLength()];
    for (int i = 1; i < reader.getItemCount(); i++) {
      int offset = reader.getItem(i);
      if (offset > 0
          && bytes[offset - 1] == CONSTANT_CLASS
          && className.equals(reader.readUTF8(offset, buffer))) {
        return true;
      }
    }
    return false;
  }

  public String summary() {
    return "DesugarLambdas: "
        + desugared
        + " lambda call sites turned into classes"
        + (leftAsTheyAre.isEmpty()
            ? ""
            : "; left as they are: " + String.join(", ", leftAsTheyAre));
  }

  public int desugared() {
    return desugared;
  }

  public List<String> leftAsTheyAre() {
    return List.copyOf(leftAsTheyAre);
  }

  static boolean hasLambdaSites(byte[] bytes) {
    boolean[] found = {false};
    new ClassReader(bytes)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public MethodVisitor visitMethod(
                  int access, String name, String desc, String sig, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                  @Override
                  public void visitInvokeDynamicInsn(
                      String n, String d, Handle bsm, Object... bsmArgs) {
                    found[0] |= bsm.equals(METAFACTORY);
                  }
                };
              }
            },
            ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return found[0];
  }

  private byte[] desugar(byte[] bytes) throws IOException {
    ClassReader reader = new ClassReader(bytes);
    String host = reader.getClassName();
    ClassFacts hostFacts = facts.get(host);
    ClassWriter writer = new ClassWriter(reader, 0);
    int[] next = {1};
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String desc, String sig, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
            return new MethodVisitor(Opcodes.ASM9, mv) {
              @Override
              public void visitInvokeDynamicInsn(
                  String samName, String siteDesc, Handle bsm, Object... bsmArgs) {
                if (!bsm.equals(METAFACTORY)) {
                  super.visitInvokeDynamicInsn(samName, siteDesc, bsm, bsmArgs);
                  return;
                }
                Site site =
                    new Site(
                        host,
                        samName,
                        siteDesc,
                        (Type) bsmArgs[0],
                        (Handle) bsmArgs[1],
                        (Type) bsmArgs[2]);
                String className = host + SUFFIX + next[0];
                Optional<byte[]> made =
                    FunctionClass.write(site, className, hostFacts.nestHost, facts);
                if (made.isEmpty()) {
                  leftAsTheyAre.add(host.replace('/', '.') + " → " + site.impl.getName());
                  super.visitInvokeDynamicInsn(samName, siteDesc, bsm, bsmArgs);
                  return;
                }
                next[0]++;
                write(className, made.get());
                desugared++;
                Type iface = Type.getReturnType(siteDesc);
                if (Type.getArgumentTypes(siteDesc).length == 0) {
                  super.visitFieldInsn(
                      Opcodes.GETSTATIC, className, FunctionClass.INSTANCE, iface.getDescriptor());
                } else {
                  super.visitMethodInsn(
                      Opcodes.INVOKESTATIC, className, FunctionClass.CREATE, siteDesc, false);
                }
              }
            };
          }
        },
        0);
    return writer.toByteArray();
  }

  private void write(String className, byte[] bytes) {
    try {
      Files.write(root.resolve(className + ".class"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class with {@code members} listed as nest members, if it did not list them all. */
  private static Optional<byte[]> addNestMembers(byte[] bytes, Set<String> members) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(reader, 0);
    Set<String> toAdd = new LinkedHashSet<>(members);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visitNestMember(String member) {
            toAdd.remove(member);
            super.visitNestMember(member);
          }

          @Override
          public void visitEnd() {
            toAdd.forEach(super::visitNestMember);
            super.visitEnd();
          }
        },
        0);
    return toAdd.isEmpty() ? Optional.empty() : Optional.of(writer.toByteArray());
  }

  /** One call site: the metafactory's arguments. */
  record Site(
      String host, String samName, String siteDesc, Type samType, Handle impl, Type instantiated) {}

  /** What the rewriting needs to know of a class in the folder. */
  static final class ClassFacts {
    final String name;
    String nestHost;
    final Map<String, Integer> methodAccess = new HashMap<>();

    private ClassFacts(String name) {
      this.name = name;
      this.nestHost = name;
    }

    static ClassFacts of(byte[] bytes) {
      ClassReader reader = new ClassReader(bytes);
      ClassFacts f = new ClassFacts(reader.getClassName());
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitNestHost(String nestHost) {
              f.nestHost = nestHost;
            }

            @Override
            public MethodVisitor visitMethod(
                int access, String name, String desc, String sig, String[] exceptions) {
              f.methodAccess.put(name + desc, access);
              return null;
            }
          },
          ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return f;
    }
  }

  /** The class written for one call site. */
  static final class FunctionClass {
    static final String INSTANCE = "INSTANCE";
    static final String CREATE = "create";

    private final Site site;
    private final String name;
    private final Type[] captured;
    private final Type iface;

    private FunctionClass(Site site, String name) {
      this.site = site;
      this.name = name;
      this.captured = Type.getArgumentTypes(site.siteDesc);
      this.iface = Type.getReturnType(site.siteDesc);
    }

    static Optional<byte[]> write(
        Site site, String name, String nestHost, Map<String, ClassFacts> facts) {
      if (!reachable(site, facts)) {
        return Optional.empty();
      }
      try {
        return Optional.of(new FunctionClass(site, name).bytes(nestHost));
      } catch (Unsupported e) {
        return Optional.empty();
      }
    }

    /**
     * A target the hidden class could call: javac emits a direct method reference only to a target
     * its nestmate in the same package may call. A special invocation is taken only for a private
     * method of the host itself (not a {@code super::} call).
     */
    private static boolean reachable(Site site, Map<String, ClassFacts> facts) {
      Handle impl = site.impl;
      if (impl.getTag() != Opcodes.H_INVOKESPECIAL) {
        return true;
      }
      ClassFacts owner = facts.get(impl.getOwner());
      Integer access =
          owner == null ? null : owner.methodAccess.get(impl.getName() + impl.getDesc());
      return impl.getOwner().equals(site.host)
          && access != null
          && (access & Opcodes.ACC_PRIVATE) != 0;
    }

    private byte[] bytes(String nestHost) {
      ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
      cw.visit(
          Opcodes.V17,
          Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
          name,
          null,
          "java/lang/Object",
          new String[] {iface.getInternalName()});
      cw.visitNestHost(nestHost);
      for (int i = 0; i < captured.length; i++) {
        FieldVisitor fv =
            cw.visitField(
                Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL,
                field(i),
                captured[i].getDescriptor(),
                null,
                null);
        fv.visitEnd();
      }
      constructor(cw);
      if (captured.length == 0) {
        instance(cw);
      } else {
        factory(cw);
      }
      samMethod(cw);
      cw.visitEnd();
      return cw.toByteArray();
    }

    private static String field(int i) {
      return "arg$" + (i + 1);
    }

    private String constructorDesc() {
      return Type.getMethodDescriptor(Type.VOID_TYPE, captured);
    }

    private void constructor(ClassWriter cw) {
      MethodVisitor mv =
          cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", constructorDesc(), null, null);
      mv.visitCode();
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
      int slot = 1;
      for (int i = 0; i < captured.length; i++) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
        mv.visitFieldInsn(Opcodes.PUTFIELD, name, field(i), captured[i].getDescriptor());
        slot += captured[i].getSize();
      }
      mv.visitInsn(Opcodes.RETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }

    private void instance(ClassWriter cw) {
      cw.visitField(
              Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE, iface.getDescriptor(), null, null)
          .visitEnd();
      MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
      mv.visitCode();
      mv.visitTypeInsn(Opcodes.NEW, name);
      mv.visitInsn(Opcodes.DUP);
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "()V", false);
      mv.visitFieldInsn(Opcodes.PUTSTATIC, name, INSTANCE, iface.getDescriptor());
      mv.visitInsn(Opcodes.RETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }

    private void factory(ClassWriter cw) {
      MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, CREATE, site.siteDesc, null, null);
      mv.visitCode();
      mv.visitTypeInsn(Opcodes.NEW, name);
      mv.visitInsn(Opcodes.DUP);
      int slot = 0;
      for (Type t : captured) {
        mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
        slot += t.getSize();
      }
      mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", constructorDesc(), false);
      mv.visitInsn(Opcodes.ARETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }

    /** The interface method: captured values, then its own arguments, adapted to the target. */
    private void samMethod(ClassWriter cw) {
      Handle impl = site.impl;
      Type samType = site.samType;
      Type[] samArgs = samType.getArgumentTypes();
      Type[] instantiatedArgs = site.instantiated.getArgumentTypes();
      List<Type> targetArgs = new ArrayList<>();
      boolean constructor = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL;
      boolean hasReceiver =
          impl.getTag() == Opcodes.H_INVOKEVIRTUAL
              || impl.getTag() == Opcodes.H_INVOKEINTERFACE
              || impl.getTag() == Opcodes.H_INVOKESPECIAL;
      if (hasReceiver) {
        targetArgs.add(Type.getObjectType(impl.getOwner()));
      }
      targetArgs.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
      if (targetArgs.size() != captured.length + samArgs.length) {
        throw new Unsupported();
      }
      MethodVisitor mv =
          cw.visitMethod(Opcodes.ACC_PUBLIC, site.samName, samType.getDescriptor(), null, null);
      mv.visitCode();
      if (constructor) {
        mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
        mv.visitInsn(Opcodes.DUP);
      }
      int t = 0;
      for (int i = 0; i < captured.length; i++, t++) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, name, field(i), captured[i].getDescriptor());
        Conversions.convert(mv, captured[i], captured[i], targetArgs.get(t));
      }
      int slot = 1;
      for (int i = 0; i < samArgs.length; i++, t++) {
        mv.visitVarInsn(samArgs[i].getOpcode(Opcodes.ILOAD), slot);
        slot += samArgs[i].getSize();
        Conversions.convert(mv, samArgs[i], instantiatedArgs[i], targetArgs.get(t));
      }
      invoke(mv, impl);
      Type produced =
          constructor ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
      Type expected = samType.getReturnType();
      if (expected.getSort() == Type.VOID) {
        if (produced.getSize() > 0) {
          mv.visitInsn(produced.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
      } else {
        if (produced.getSort() == Type.VOID) {
          throw new Unsupported();
        }
        Conversions.convert(mv, produced, produced, expected);
      }
      mv.visitInsn(expected.getOpcode(Opcodes.IRETURN));
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }

    private static void invoke(MethodVisitor mv, Handle impl) {
      switch (impl.getTag()) {
        case Opcodes.H_INVOKESTATIC ->
            mv.visitMethodInsn(
                Opcodes.INVOKESTATIC,
                impl.getOwner(),
                impl.getName(),
                impl.getDesc(),
                impl.isInterface());
        case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKESPECIAL ->
            // a special one is a private method of the host: a nestmate calls it virtually
            mv.visitMethodInsn(
                impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
                impl.getOwner(),
                impl.getName(),
                impl.getDesc(),
                impl.isInterface());
        case Opcodes.H_INVOKEINTERFACE ->
            mv.visitMethodInsn(
                Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
        case Opcodes.H_NEWINVOKESPECIAL ->
            mv.visitMethodInsn(
                Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
        default -> throw new Unsupported();
      }
    }
  }

  /**
   * The adaptations {@code LambdaMetafactory} makes between the interface's types and the target's:
   * a cast, boxing, unboxing (from the instantiated wrapper type) and primitive widening.
   */
  static final class Conversions {
    private Conversions() {}

    /**
     * Converts the value on the stack, of type {@code from} (known more exactly as {@code
     * instantiated}), to {@code to}.
     */
    static void convert(MethodVisitor mv, Type from, Type instantiated, Type to) {
      if (from.equals(to)) {
        return;
      }
      boolean fromPrimitive = isPrimitive(from);
      boolean toPrimitive = isPrimitive(to);
      if (!fromPrimitive && !toPrimitive) {
        if (!to.getInternalName().equals("java/lang/Object")) {
          mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
        }
      } else if (!fromPrimitive) {
        Type primitive = unboxed(instantiated).orElseGet(() -> unboxed(from).orElse(null));
        if (primitive == null) {
          throw new Unsupported();
        }
        Type box = boxed(primitive);
        mv.visitTypeInsn(Opcodes.CHECKCAST, box.getInternalName());
        mv.visitMethodInsn(
            Opcodes.INVOKEVIRTUAL,
            box.getInternalName(),
            primitive.getClassName() + "Value",
            "()" + primitive.getDescriptor(),
            false);
        widen(mv, primitive, to);
      } else if (!toPrimitive) {
        Type box = boxed(from);
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC,
            box.getInternalName(),
            "valueOf",
            "(" + from.getDescriptor() + ")" + box.getDescriptor(),
            false);
        if (!isAssignableBox(box, to)) {
          throw new Unsupported();
        }
      } else {
        widen(mv, from, to);
      }
    }

    private static boolean isPrimitive(Type t) {
      return t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY;
    }

    private static boolean isAssignableBox(Type box, Type to) {
      String n = to.getInternalName();
      return n.equals(box.getInternalName())
          || n.equals("java/lang/Object")
          || n.equals("java/io/Serializable")
          || n.equals("java/lang/Comparable")
          || (n.equals("java/lang/Number")
              && !box.getInternalName().equals("java/lang/Boolean")
              && !box.getInternalName().equals("java/lang/Character"));
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
      int f = from.getSort();
      int t = to.getSort();
      if (f == t) {
        return;
      }
      boolean intLike = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR;
      if (t == Type.INT && (f == Type.SHORT || f == Type.BYTE || f == Type.CHAR)) {
        return;
      }
      if (t == Type.SHORT && f == Type.BYTE) {
        return;
      }
      int op =
          switch (t) {
            case Type.LONG -> intLike ? Opcodes.I2L : -1;
            case Type.FLOAT -> intLike ? Opcodes.I2F : f == Type.LONG ? Opcodes.L2F : -1;
            case Type.DOUBLE ->
                intLike
                    ? Opcodes.I2D
                    : f == Type.LONG ? Opcodes.L2D : f == Type.FLOAT ? Opcodes.F2D : -1;
            default -> -1;
          };
      if (op < 0) {
        throw new Unsupported();
      }
      mv.visitInsn(op);
    }

    private static final Map<String, Type> PRIMITIVE_OF_BOX =
        Map.of(
            "java/lang/Boolean", Type.BOOLEAN_TYPE,
            "java/lang/Byte", Type.BYTE_TYPE,
            "java/lang/Character", Type.CHAR_TYPE,
            "java/lang/Short", Type.SHORT_TYPE,
            "java/lang/Integer", Type.INT_TYPE,
            "java/lang/Long", Type.LONG_TYPE,
            "java/lang/Float", Type.FLOAT_TYPE,
            "java/lang/Double", Type.DOUBLE_TYPE);

    private static Optional<Type> unboxed(Type t) {
      return t.getSort() == Type.OBJECT
          ? Optional.ofNullable(PRIMITIVE_OF_BOX.get(t.getInternalName()))
          : Optional.empty();
    }

    static Type boxed(Type primitive) {
      return PRIMITIVE_OF_BOX.entrySet().stream()
          .filter(e -> e.getValue().equals(primitive))
          .map(e -> Type.getObjectType(e.getKey()))
          .findFirst()
          .orElseThrow(Unsupported::new);
    }
  }

  /** A site this step does not rewrite; it stays an {@code invokedynamic}. */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }
}
